/** Plantillas de contacto en español: trato de usted, palabras claras y siempre una puerta abierta. */
import { defineTemplates } from './types';

export const es = defineTemplates({
  'early-reminder': {
    title: 'Recordatorio antes del vencimiento',
    body: `Hola, {{customerName}}:

Le escribimos para recordarle con tiempo que su pago de {{amount}} vence el {{dueDate}}. Si le resulta más cómodo, puede pagar en línea aquí: {{paymentLink}}

Si esa fecha no le viene bien, responda a este mensaje y buscaremos juntos otra fecha o un plan de pagos.

Si prefiere que no le contactemos por este medio, responda y díganoslo.

Gracias,
{{agentName}}
{{companyName}}`,
  },
  'first-missed-payment': {
    title: 'Primer pago no recibido',
    body: `Hola, {{customerName}}:

Le escribo porque aún no hemos recibido el pago de {{amount}} que vencía el {{dueDate}}. Puede que simplemente se haya pasado por alto o que algo haya cambiado en su situación. En cualquier caso, estamos aquí para ayudarle.

Puede pagar en línea aquí: {{paymentLink}}

Si ahora no es buen momento, responda a este mensaje y acordaremos una nueva fecha o un plan que le funcione. ¿Podría contarme qué le ayudaría más?

Si prefiere que no le contactemos por este medio, responda y díganoslo.

Un saludo cordial,
{{agentName}}
{{companyName}}`,
  },
  'broken-promise': {
    title: 'Tras un acuerdo no cumplido',
    body: `Hola, {{customerName}}:

Según el acuerdo que hicimos, esperábamos un pago de {{amount}} el {{dueDate}}, y todavía no lo hemos recibido. Entiendo que a veces los planes tienen que cambiar.

Si el importe o la fecha ya no le vienen bien, busquemos juntos otra opción. Puede responder a este mensaje o pagar en {{paymentLink}} cuando le sea posible.

Si prefiere que no le contactemos por este medio, responda y díganoslo.

Un saludo,
{{agentName}}
{{companyName}}`,
  },
  'plan-confirmation': {
    title: 'Confirmación del plan de pagos',
    body: `Hola, {{customerName}}:

Gracias por acordar un plan de pagos con nosotros. Su primer pago de {{amount}} vence el {{dueDate}}. Puede pagar en línea aquí: {{paymentLink}}

Si su situación cambia, avísenos y revisaremos el plan con usted.

Gracias de nuevo,
{{agentName}}
{{companyName}}`,
  },
  'hardship-support': {
    title: 'Apoyo en dificultades y asesoramiento gratuito',
    body: `Hola, {{customerName}}:

Gracias por contarnos su situación. Siento que esté pasando por un momento difícil y quiero asegurarme de que encontremos un acuerdo que le funcione.

Podemos estudiar juntos algunas opciones, como pagos más pequeños, un plan más largo o una pausa en los pagos. ¿Podría contarme más o menos cuánto podría pagar al mes, si es que puede pagar algo?

También puede recibir asesoramiento gratuito y confidencial sobre deudas:
- En el Reino Unido: MoneyHelper (moneyhelper.org.uk) o StepChange (stepchange.org)
- En Estados Unidos: una agencia de asesoría crediticia sin ánimo de lucro a través de la NFCC (nfcc.org)

Tómese su tiempo y responda cuando le venga bien.

Un saludo cordial,
{{agentName}}
{{companyName}}`,
  },
  'dispute-acknowledgement': {
    title: 'Confirmación de una disputa',
    body: `Hola, {{customerName}}:

Gracias por avisarnos de que no está de acuerdo con el saldo de {{amount}}. Hemos pausado todas las solicitudes de pago de esta cuenta mientras lo revisamos, y no le pediremos ningún pago hasta que le hayamos respondido.

Si tiene documentos o información que puedan ayudar, puede enviárnoslos respondiendo a este mensaje. Le escribiremos con lo que encontremos.

Un saludo cordial,
{{agentName}}
{{companyName}}`,
  },
  'balance-cleared': {
    title: 'Saldo pagado',
    body: `Hola, {{customerName}}:

Buenas noticias: hemos recibido su pago de {{amount}} y su saldo con {{companyName}} está totalmente pagado. No tiene que hacer nada más.

Gracias por su colaboración. Si tiene alguna pregunta, responda a este mensaje.

Un saludo cordial,
{{agentName}}
{{companyName}}`,
  },
});
