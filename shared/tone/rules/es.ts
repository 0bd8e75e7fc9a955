/**
 * Reglas de tono en español: datos. Los patrones son expresiones regulares sin distinguir
 * mayúsculas, como palabras completas; un espacio vale por cualquier espacio en blanco y `'` por
 * cualquier apóstrofo. Si dos reglas coinciden en el mismo sitio, gana la primera de la lista.
 */
import type { ToneRuleSet } from '../types';

/**
 * El resto de la cláusula tras un verbo que culpa: su complemento y lo demás que contenga ("todas
 * las cartas que le enviamos"), hasta la puntuación o una palabra que abre la cláusula siguiente.
 * Una regla cuya sugerencia es una cláusula entera termina aquí su tramo, para que al aplicarla no
 * quede colgando nada de la cláusula. Como mucho 12 palabras, separadas solo por espacios (lineal).
 */
const restOfClause =
  '(?: (?!(?:y|e|pero|o|u|porque|pues|aunque|mientras|si|cuando|hasta|así|asi|entonces|ni|sino|antes|después|despues)(?![\\p{L}\\p{N}_]))[^\\s.,;:!?¡¿()"“”«»]+){0,12}';

export const es: ToneRuleSet = {
  locale: 'es',
  detectionWords: [
    'el',
    'la',
    'los',
    'las',
    'de',
    'que',
    'y',
    'en',
    'un',
    'una',
    'por',
    'para',
    'con',
    'su',
    'sus',
    'usted',
    'le',
    'lo',
    'es',
    'está',
    'esta',
    'pago',
    'pagos',
    'cuenta',
    'saldo',
    'hola',
    'gracias',
    'estimado',
    'estimada',
    'buenos',
    'buenas',
    'días',
    'tardes',
    'podemos',
    'puede',
    'nos',
    'del',
    'al',
    'no',
    'si',
    'muy',
    'saludos',
    'favor',
    'cuota',
    'cuotas',
    'deuda',
    'dónde',
    'donde',
    'qué',
    'cómo',
    'sabemos',
    'somos',
    'vamos',
    'pague',
    'paga',
    'hasta',
    'todo',
    'ya',
    'más',
    'pero',
    'porque',
    'ha',
    'hemos',
    'será',
  ],
  // Each filler word once, never as well spelt by others ("going" and "to", so no "going to"):
  // each such pair doubles the ways to read a clause, and the check tries them all.
  negation:
    '(?:\\bno|\\bnunca|\\bjamás|\\bjamas|\\bningún|\\bningun|\\bninguna|\\bnadie|\\bni|\\bsin)(?: (?:vamos|va|van|a|queremos|pensamos|planeamos|tenemos|tiene|tendrá|tendra|hay|habrá|habra|intención de|intencion de|de|se|le|lo|la|les|nos|será|sera|serán|seran|es|son|está|esta|usted|su|sus|el|los|las|un|una|riesgo de|ningún|ninguna|tipo de|tomar|iniciar|emprender|iremos|hemos|ha|han|va a ser|ir|corre|correrá|enfrentar|enfrentará|ninguna clase de|que|ni|hace falta|es necesario que|necesita|debe))*',
  // "… fue levantado", "… ha quedado cancelada", "… ya está retirada": contado como terminado.
  undone:
    '(?: \\p{L}+){0,6}? (?:ha|han|fue|fueron|está|esta|están|estan|quedó|quedo|quedaron|queda|quedan)(?: ya| sido| quedado| totalmente| oficialmente)* (?:levantad|liberad|cancelad|retirad|anulad|suspendid|archivad|eliminad|sobreseíd|sobreseid)[oa]s?\\b',
  undoneBefore:
    '\\b(?:(?:hemos|ha|han) )?(?:levantado|cancelado|retirado|anulado|suspendido|archivado|detenido|frenado|paralizado|levantamos|cancelamos|retiramos|anulamos|suspendimos|archivamos|detuvimos|frenamos|paralizamos)(?: (?:el|la|los|las|su|sus|este|esta|ese|esa|cualquier|todo|toda))*(?: \\p{L}+)?',
  stillAhead:
    '\\bsi\\b|\\bsalvo\\b|\\bhasta\\b|\\ba menos que\\b|\\bcuando\\b|\\p{L}+r(?:á|án|emos)(?!\\p{L})',
  // One line: `^` also matches after \r, so a header window that crossed it rescanned text.
  quoteHeader: '^[ \\t]*El\\b[^\\r\\n\\u2028\\u2029]{0,300}\\bescribi[oó]:[ \\t]*$',
  messages: {
    shouting:
      'Escribir en mayúsculas se lee como gritar y presiona al cliente. Use mayúsculas y minúsculas normales.',
    exclamations: 'Varios signos de exclamación se leen como presión o enfado. Basta con un punto.',
    companyPhrase: 'Su empresa pidió no usar esta expresión.',
  },
  rules: [
    // ---- amenazas (bloquear)
    {
      id: 'es.threat.harm',
      category: 'threat',
      pattern:
        'se va a arrepentir|te vas a arrepentir|(?:lo|la|te) vas? a lamentar|lo lamentará|lo lamentara|sabemos dónde (?:vive|trabaja|vives|trabajas)|sabemos donde (?:vive|trabaja|vives|trabajas)|(?:hacerle|hacerte) daño|le (?:haremos|vamos a hacer) la vida imposible|atenerse a las consecuencias|aténgase a las consecuencias|atengase a las consecuencias',
      reason: 'Esto se lee como una amenaza de daño. Amenazar nunca es aceptable.',
      ruleRef: 'FDCPA §806(1); CONC 7.9',
      negatable: true,
    },
    {
      // "detenido el cobro": stopped, with its object after it, is no arrest ("será detenido" is).
      id: 'es.threat.arrest',
      category: 'threat',
      pattern:
        'arrest(?:o|ar|arlo|arla|ado|ada|en)|detenid[oa](?! (?:el|la|los|las|este|esta|estos|estas|todo|toda|todos|todas|cualquier|su|sus)\\b)|detención|detencion|orden de (?:arresto|detención|detencion|captura)|cárcel|carcel|prisión|prision|ir preso|irá pres[oa]|ira pres[oa]|tras las rejas',
      reason:
        'No pagar una deuda no es un delito: mencionar arresto o cárcel es una amenaza ilegal.',
      ruleRef: 'FDCPA §807(4); Reg F §1006.18(c); CONC 7.11',
      negatable: true,
    },
    {
      id: 'es.threat.prosecution',
      category: 'threat',
      pattern:
        // "Le recomendamos bloquearla y denunciarla": advice to report a scam is the customer's step.
        '(?<!(?:recomendamos|recomiendo|sugerimos|aconsejamos|puede|puedes|podés)(?:(?: \\p{L}+){1,3} y)? )denunciar(?:le|lo|la)?|denunciaremos|(?:le|lo|la) denunciaremos|denuncia (?:penal|contra usted|en su contra)|(?:presentar|presentaremos|interponer|interpondremos) (?:una )?denuncia|(?:es|como|considerado|considerada) (?:un )?(?:robo|hurto|delito|fraude)|a las autoridades|(?:cargos|proceso|causa|delito|antecedentes) penal(?:es)?|(?:lo|la|le) (?:vamos a |)denunciar|(?:llamar|avisar|acudir|recurrir) a la policía|(?:llamar|avisar|acudir|recurrir) a la policia|fiscalía|fiscalia|delito|estafa',
      reason:
        'Amenazar con denuncias, policía o antecedentes penales por una deuda es ilegal y atemoriza.',
      ruleRef: 'FDCPA §807(4),(7); CONC 7.11',
      negatable: true,
    },
    {
      id: 'es.threat.lawsuit',
      category: 'threat',
      pattern:
        '(?:acci[oó]n|acciones|medidas|v[ií]a|proceso|procedimiento|procedimientos) (?:legal|legales|judicial|judiciales)|demanda(?:r|rle|rlo|rla|remos|ré|re)?(?: judicial)?|(?:llevarlo|llevarla|llevarle|llevarte|lo llevaremos|la llevaremos|le llevaremos|te llevaremos)(?: a)? (?:los )?(?:juzgados?|tribunales)|juicio|juzgado|tribunal(?:es)?|(?:pasar|pasaremos|enviar|enviaremos|remitir|remitiremos|trasladar|trasladaremos) (?:su|el|este|tu) (?:caso|expediente|cuenta|deuda|asunto) (?:a|al) (?:nuestros |los |un |nuestro |el )?(?:abogados?|departamento legal|área legal|area legal|bufete)|(?:delante de|ante) (?:un|el) (?:juez|tribunal)|(?:ver|verá|vera) al juez|explicar(?:le)? a un juez',
      reason:
        'Amenazar con acciones legales que el cliente puede leer como intimidación es ilegal salvo que sean legales, reales y exactas.',
      ruleRef: 'FDCPA §807(5); Reg F §1006.18(c)(1); CONC 7.11',
      negatable: true,
    },
    {
      id: 'es.threat.seizure',
      category: 'threat',
      pattern:
        'embarg(?:o|os|ar|aremos|ado|ada|arle|arlo|arla)|incaut(?:ar|aremos|ación|acion)|decomis(?:o|ar|aremos)|(?:quitarle|quitarte|le quitaremos|te quitaremos|le quitaremos) (?:su|tu|el|la) (?:casa|coche|carro|auto|vehículo|vehiculo|vivienda|propiedad|bienes|sueldo|salario)|retenci[oó]n (?:de|del) (?:su |tu )?(?:sueldo|salario|nómina|nomina)|(?:retener|retendremos|descontar|descontaremos) (?:de )?(?:su|tu) (?:sueldo|salario|nómina|nomina)|(?:congelar|congelaremos|bloquear|bloquearemos|vaciar|vaciaremos)(?:le)? (?:su|tu|sus|tus) cuentas?|desahucio|desalojo|ejecución hipotecaria|ejecucion hipotecaria|(?:recuperar|recuperaremos|retiraremos|nos llevaremos|retirar) (?:su|tu|el) (?:coche|carro|auto|vehículo|vehiculo|casa|vivienda)',
      reason:
        'Amenazar con embargos, incautaciones o retenciones del sueldo asusta y es ilegal salvo que sea legal y real.',
      ruleRef: 'FDCPA §807(4); Reg F §1006.18(c); CONC 7.11',
      negatable: true,
    },
    {
      id: 'es.threat.credit',
      category: 'threat',
      pattern:
        '(?:arruinar|destruir|arruinaremos|destruiremos|hundir)(?:le)? (?:su|tu) (?:historial|crédito|credito|vida|reputación|reputacion)|(?:perder|perderá|perdera|va a perder) (?:su|tu) (?:trabajo|empleo|casa|vivienda)|deportaci[oó]n|deportad[oa]|migraci[oó]n|inmigraci[oó]n',
      reason:
        'Exagerar las consecuencias (crédito arruinado, perder el trabajo o la casa) es una amenaza engañosa.',
      ruleRef: 'FDCPA §807(5),(8); CONC 7.11',
      negatable: true,
    },
    {
      id: 'es.threat.veiled',
      category: 'threat',
      pattern:
        '(?:y )?ya ver[aá] (?:lo que (?:le )?pasa|lo que ocurre|las consecuencias)|tendr[aá] noticias de nuestros abogados|(?:nuestros|los) (?:abogados|letrados|departamento legal|equipo legal|área legal) (?:están|estan|van a|ya están|ya estan|han empezado a) (?:preparando|preparar|presentar|presentando|iniciar|iniciando)|(?:un |el |una )?(?:caso|demanda|juicio|expediente|proceso) contra usted|(?:enviar|enviaremos|mandar|mandaremos) (?:a )?(?:alguien|una persona|un cobrador|cobradores|nuestro equipo|un agente) a su (?:casa|domicilio|trabajo|puerta|oficina)|(?:iremos|vendremos|nos presentaremos|pasaremos|presentarnos) (?:a|en|por) su (?:casa|domicilio|puerta)|(?:hacer|haremos|haré|hare) que se arrepienta',
      reason:
        'Esto se lee como una amenaza velada: insinúa consecuencias, abogados o una visita para intimidar al cliente.',
      ruleRef: 'FDCPA §806, §807(5); CONC 7.9, 7.11',
      negatable: true,
    },
    // ---- suplantación (bloquear)
    {
      id: 'es.misrepresentation.identity',
      category: 'misrepresentation',
      pattern:
        '(?:le habla|le escribe|le escribimos|le llamamos|somos|soy)(?: (?:de|del|desde))? (?:la |el )?(?:policía|policia|juzgado|tribunal|fiscalía|fiscalia|gobierno|hacienda|SAT|AEAT|buró de crédito|buro de credito|central de riesgos|ASNEF|Equifax|Experian)|(?:soy|somos) (?:el |la |su )?(?:abogad[oa]s?|agente|oficial|policía|policia|juez|jueza|notari[oa]|actuari[oa])|(?:le habla|le escribe) (?:el |la )?(?:abogad[oa]|licenciad[oa]|agente|oficial)',
      reason:
        'Hacerse pasar por la policía, un juzgado, un organismo público, un buró de crédito o un abogado es engañoso.',
      ruleRef: 'FDCPA §807(1),(3); Reg F §1006.18(b); CONC 7.11',
    },
    {
      id: 'es.misrepresentation.documents',
      category: 'misrepresentation',
      pattern:
        '(?:notificación|notificacion|citación|citacion|orden|aviso|requerimiento) (?:judicial|oficial|legal)|(?:ya )?(?:se ha|hemos|se han) (?:presentado|interpuesto|iniciado|abierto|emitido|dictado) (?:una |la |el |un )?(?:demanda|denuncia|orden|juicio|procedimiento|expediente)|documentos? (?:legales|judiciales)|este es un aviso legal|último aviso legal|ultimo aviso legal',
      reason:
        'Decir que hay documentos judiciales o acciones iniciadas cuando no es así es engañoso; si es cierto, use la redacción aprobada por su equipo legal.',
      ruleRef: 'FDCPA §807(2),(13); Reg F §1006.18(c); CONC 7.11',
      negatable: true,
    },
    // ---- terceros y escarnio público (bloquear)
    {
      id: 'es.third-party.tell',
      category: 'third-party',
      pattern:
        '(?:contactar|contactaremos|llamar|llamaremos|avisar|avisaremos|informar|informaremos|notificar|notificaremos|hablaremos|diremos|escribiremos|comunicaremos|(?:vamos a|tendremos que|nos veremos obligados a|podríamos|podriamos) (?:hablar|decir|escribir|comunicar|visitar))(?:le)? (?:a |con )?(?:su|tu|sus|tus) (?:empleador|empleadora|empresa|jefe|jefa|trabajo|familia|familiares|esposa|esposo|marido|mujer|pareja|padres|madre|padre|vecinos|amigos|compañeros|referencias|hijos|recursos humanos)|(?:su|tu|sus|tus) (?:empleador|jefe|jefa|familia|familiares|vecinos|amigos|compañeros) (?:se enterarán|se enteraran|se van a enterar|sabrán|sabran|van a saber|serán informados|seran informados)|todo el mundo (?:se enterará|se enterara|sabrá|sabra|va a saber)|(?:su|tu|sus|tus) (?:jefe|jefa|empleador|familia|vecinos|pareja|esposa|esposo|marido|compañeros) se (?:entere|enteren|enterará|enterara|enterarán|enteraran)|(?:visitar|visitará|visitara|visitaremos|preguntar|preguntará|preguntara|preguntaremos|interrogar) a (?:sus|tus) (?:vecinos|compañeros|familiares)',
      reason:
        'Contar o amenazar con contar la deuda al empleador, la familia, los amigos o los vecinos viola la privacidad del cliente.',
      ruleRef: 'FDCPA §805(b), §806(3); Reg F §1006.6(d); CONC 7.9',
      negatable: true,
    },
    {
      id: 'es.third-party.public',
      category: 'third-party',
      pattern:
        '(?:publicar|publicaremos|exponer|expondremos|difundir|difundiremos)(?:le)? (?:su|tu) (?:nombre|deuda|caso|foto|datos)|(?:en|por) (?:las )?redes sociales|lista de (?:morosos|deudores)|(?:ir|iremos|presentarnos|nos presentaremos|pasaremos|visitar|visitaremos)(?:le)? (?:a|en|por) (?:su|tu) (?:trabajo|oficina|empresa|lugar de trabajo)|delante de (?:su|tu|sus|tus) (?:compañeros|familia|vecinos|hijos|amigos)|(?:que|hacer que) (?:todo el mundo|todos|cualquier \\p{L}+) (?:se entere|lo sepa|sepa)',
      reason: 'Exponer públicamente al cliente, o amenazar con hacerlo, es ilegal y humillante.',
      ruleRef: 'FDCPA §806(3),(4); CONC 7.9',
      negatable: true,
    },
    // ---- acoso (bloquear)
    {
      id: 'es.harassment.repeat',
      category: 'harassment',
      pattern:
        '(?:seguiremos|vamos a seguir|seguiré|voy a seguir|no dejaremos de|no vamos a dejar de|no pararemos de) (?:llamándole|llamandole|llamando|llamándote|llamandote|escribiéndole|escribiendole|escribiendo|insistiendo|molestando|molestándole|molestandole|contactándole|contactandole|contactando)|(?:le|te) (?:llamaremos|escribiremos|llamaré|escribiré) (?:todos los días|todos los dias|cada día|cada dia|cada hora|día y noche|dia y noche|sin parar|a todas horas)|hasta que (?:pague|pagues|liquide|liquides|salde|saldes|se pague|recibamos (?:el|nuestro|su) (?:pago|dinero))',
      reason:
        'Amenazar con contactos repetidos hasta que pague es acoso. Acuerde un horario y un canal que le convengan.',
      ruleRef: 'FDCPA §806(5); Reg F §1006.14(b); CONC 7.9',
    },
    // ---- insultos (bloquear)
    {
      id: 'es.shaming.insult',
      category: 'shaming',
      pattern:
        'irresponsable|patétic[oa]|patetic[oa]|vag[oa]|perezos[oa]|estúpid[oa]|estupid[oa]|idiota|imbécil|imbecil|tont[oa]|inútil|inutil|mentiros[oa]|(?:usted )?miente|sinvergüenza|sinverguenza|caradura|moros[oa] (?:profesional|crónic[oa]|cronic[oa])|ladr[oó]na?|estafador[a]?|tramposo|vergonzoso|(?:qu[eé]|es una|debería darle|deberia darle|debería darte|deberia darte|sin) verg(?:ü|u)enza|debería darle vergüenza|deberia darle verguenza|qué clase de persona|que clase de persona|gente como usted|gente como tú|gente como tu|sea (?:un )?adulto|madure|aprovechad[oa]|gorrón|gorron|egoísta|egoista|incompetente|deshonest[oa]|asqueros[oa]|ustedes (?:nunca|siempre)|gente como ustedes|vaya broma|qu[eé] broma|(?:es|son|eres) (?:una )?(?:basura|escoria)|escoria|par[aá]sitos?|sanguijuelas?',
      reason: 'Los insultos avergüenzan al cliente. Describa la situación, no a la persona.',
      ruleRef: 'FDCPA §806(2); CONC 7.9',
    },
    {
      // "Moroso" dicho de una persona ("usted es un moroso", "cliente moroso") la etiqueta: es un
      // insulto, no jerga. Dicho de un saldo o de un registro ("fichero de morosos") sigue siendo
      // jerga (es.jargon.arrears.3).
      id: 'es.shaming.moroso',
      category: 'shaming',
      pattern:
        '(?<=(?:\\b(?:es|eres|son|sea|seas|ser|siendo|como|cliente|clientes|clienta|deudor|deudora|deudores|persona|gente|usted|tú|tu)\\s+(?:(?:un|una|unos|unas|el|la|los|las)\\s+)?))moros[oa]s?|moros[oa]s? como (?:usted|ustedes|tú|tu)',
      reason:
        'Llamar "moroso" a una persona la etiqueta y la avergüenza. Hable de los pagos pendientes, no de la persona.',
      ruleRef: 'FDCPA §806(2); CONC 7.9',
    },
    // ---- groserías (bloquear)
    {
      id: 'es.profanity',
      category: 'profanity',
      pattern:
        'mierda|joder|jodid[oa]|cabr[oó]n|cabrona|carajo|coño|pendej[oa]|gilipollas|puta|puto|put[ií]sim[oa]|hostia|maldit[oa]|chingad[oa]|chingar|verga|culero|me cago|cojones|mamón|mamon|hijo de puta|hdp',
      reason: 'Las groserías son abusivas y nunca deben aparecer en un mensaje a un cliente.',
      ruleRef: 'FDCPA §806(2); CONC 7.9',
    },
    // ---- culpa y acusación (revisar)
    {
      id: 'es.accusatory.not-paid',
      category: 'accusatory',
      pattern:
        '(?:usted )?(?:todavía |todavia |aún |aun |sigue sin |)(?:no (?:ha|has) (?:pagado|abonado|saldado|liquidado|realizado (?:el|ningún|ningun|su) pago|hecho (?:el|ningún|ningun|su) pago)|no pag[oó]|no pagaste|(?:nunca|jamás|jamas) (?:paga|pagas|pagó|pago|ha pagado|has pagado|cumple|cumples)(?: a tiempo| puntualmente| nada)?)(?: (?:su|tu|la|el) (?:factura|deuda|saldo|cuota|recibo|cuenta))?(?: todavía| todavia| aún| aun)?[.!]*',
      reason: 'Esto culpa al cliente. Describa el saldo y pregunte qué le impide pagar.',
      suggestion:
        'Veo que hay un saldo pendiente en su cuenta. ¿Podría contarme qué dificultades tiene para realizar este pago?',
    },
    {
      id: 'es.accusatory.failed',
      category: 'accusatory',
      pattern:
        '(?:usted )?(?:ha |has )?(?:incumplido|incumpli[oó]|incumpliste|faltado a|falt[oó] a) (?:su|tu|el|la|con) (?:palabra|promesa|compromiso|acuerdo|obligaci[oó]n|pago)|(?:usted )?(?:se ha negado|se niega|se negó|se nego) a|(?:su|tu) (?:incumplimiento|negativa|falta de pago|irresponsabilidad)|(?:usted )?(?:rompió|rompio|rompiste) (?:su|tu) (?:promesa|palabra|acuerdo)',
      reason: 'Esto culpa al cliente. Cuente lo que pasó sin juzgar por qué.',
    },
    {
      id: 'es.accusatory.ignored',
      category: 'accusatory',
      // El tramo llega al final de la cláusula: la sugerencia sustituye el verbo y su complemento.
      // "Si ya pagó, ignore / ignora este mensaje" es el descargo de siempre, no una acusación.
      pattern: `(?:usted )?(?:ha |has )?(?:ignorado|ignora(?! (?:este|esta|el|la) (?:mensaje|correo|aviso|recordatorio|sms|notificaci[oó]n))|ignoras|ignoró|ignoro|sigue ignorando|no ha respondido a ninguna|no contesta nunca|nunca contesta|nunca responde)${restOfClause}`,
      reason:
        'Esto acusa al cliente de ignorarle. Puede haber una razón por la que no pudo responder.',
      suggestion: 'no hemos podido hablar con usted',
    },
    {
      id: 'es.accusatory.why',
      category: 'accusatory',
      // La sugerencia es una pregunta entera: al aplicarla sustituye el resto de la oración, y el
      // tramo empieza en el "¿" para no duplicarlo.
      pattern:
        '¿?por ?qu[eé] (?:no (?:ha|has|pagó|pago|pagaste|paga|pagas|contesta|contestas|responde|respondes|llamó|llamo)|(?:ha|has) (?:ignorado|dejado))|(?:no (?:hay|tiene|queremos|aceptamos) (?:más )?excusas)|(?:basta|déjese|dejese|deje) de (?:poner )?excusas',
      reason: 'Un "¿por qué no…?" pone al cliente a la defensiva. Haga una pregunta abierta.',
      suggestion: '¿Hay algo que le esté dificultando el pago?',
    },
    {
      id: 'es.accusatory.responsibility',
      category: 'accusatory',
      pattern:
        '(?:es|era) (?:su|tu) (?:responsabilidad|culpa|problema)|(?:por|es) (?:su|tu) culpa|usted (?:debió|debio|debería haber|deberia haber|tenía que|tenia que|prometió|prometio)|como (?:usted )?(?:bien )?sabe|(?:ha|has) (?:vuelto a )?(?:fallado|faltado)|(?:otra vez|de nuevo) (?:ha|has) (?:incumplido|fallado|faltado)|a pesar de (?:nuestros|nuestras|los|las) (?:numerosos|numerosas|repetidos|repetidas|múltiples|multiples|varios|varias) (?:intentos|avisos|llamadas|recordatorios|cartas|correos)|(?:usted )?nos debe|(?:hemos intentado|intentamos) (?:contactarle|contactar con usted|localizarle|comunicarnos con usted|llamarle|hablar con usted) (?:en )?(?:numerosas|repetidas|múltiples|multiples|varias|muchas) (?:ocasiones|veces)|(?:usted )?prometi[oó] (?:pagar|que pagar[ií]a)|(?:ha|has) vuelto a (?:fallar|incumplir|faltar|retrasarse|atrasarse)|deber[ií]a(?: usted)? haber(?:nos|me)? (?:llamado|avisado|contactado|pagado|dicho|escrito)',
      reason:
        'Esto carga la culpa sobre el cliente. Cíñase a los hechos y a lo que pueden hacer juntos.',
    },
    {
      id: 'es.accusatory.judging',
      category: 'accusatory',
      pattern:
        'inaceptable|intolerable|(?:continuo|continuado|reiterado|persistente|constante) (?:impago|silencio|incumplimiento|retraso)|(?:su|tu) (?:continua|reiterada|persistente) (?:falta|negativa)|no (?:entiendo|comprendo|entendemos|comprendemos) (?:por qu[eé]|c[oó]mo) (?:usted|esto|no|sigue|todav[ií]a)|(?:hemos sido|he sido) (?:más que|mas que|muy|bastante|demasiado|sumamente) pacientes?|se nos (?:acaba|agota) la paciencia|(?:deje|deja|dejar) de ignorar(?:nos)?|sig(?:a|ue) ignor[aá]ndonos|(?:ha|has) tenido (?:tiempo de sobra|tiempo suficiente|más que suficiente tiempo|mucho tiempo|meses)|ni (?:siquiera )?se (?:ha|han) molestado|no se ha molestado|(?:suficientes|demasiadas|muchas) oportunidades',
      reason: 'Esto juzga al cliente. Diga lo que necesita y cómo puede ayudarle.',
    },
    // ---- presión (revisar)
    {
      id: 'es.pressure.immediate',
      category: 'pressure',
      pattern:
        '(?:(?<=^|[.!?¡¿:;\\n]\\s*)(?:por favor,? )?(?:pague|paga|liquide|salde|abone|haga el pago|realice el pago|efect[uú]e el pago)|(?:debe|deberá|debera|tiene que|tendrá que|tendra que|necesita|necesitamos que|exigimos que|le exigimos que|le pedimos que|queremos que) (?:usted )?(?:pagar|liquidar|saldar|abonar|pague|liquide|salde|abone))(?: (?:el|la|su|tu|todo|la totalidad|el total))?(?: (?:del |de la |de su )?(?:saldo|deuda|importe|monto|total|cantidad|factura))?(?: (?:de )?(?:inmediato|inmediatamente|hoy mismo|hoy|ya|ahora mismo|ahora|en este momento|antes de (?:mañana|manana|esta noche|las \\d+)))|pago (?:inmediato|total inmediato|íntegro inmediato)|(?:debe|deberá|debera|tiene que|exigimos|exigimos que|requerimos) (?:pagar|abonar|liquidar|saldar|el pago)(?: (?:el|la|su))? (?:totalidad|total|todo|íntegro|integro|completo|de inmediato|inmediatamente|hoy|ya)|exigimos|le exigimos|debe(?:rá|ra)? (?:pagarse|abonarse|liquidarse|saldarse) (?:en su totalidad|de inmediato|inmediatamente|hoy mismo|ya)|(?:en|dentro de) (?:las próximas |las proximas )?(?:24|48|72|veinticuatro|cuarenta y ocho) horas|como muy tarde|a más tardar|a mas tardar|esperamos el pago|(?:pasar|pasará|pasara|será enviada|sera enviada|enviaremos) (?:su cuenta )?a (?:cobranza|cobros|recobro)|(?:hay que|tiene que|debe|necesitamos|necesita)(?: \\p{L}+){1,3} (?:inmediatamente|de inmediato|sin falta|hoy mismo)|sin falta|necesitamos (?:el|su) (?:dinero|pago)',
      reason:
        'Exigir el pago inmediato o total presiona al cliente. Ofrezca una fecha realista o un plan.',
      ruleRef: 'CONC 7.3.10',
      negatable: true,
    },
    {
      id: 'es.pressure.urgency',
      category: 'pressure',
      pattern:
        'última oportunidad|ultima oportunidad|último aviso|ultimo aviso|aviso final|(?:acción|accion|respuesta|pago) urgente|urgente(?=:)|es urgente|urgentemente|no (?:habrá|habra) más (?:prórrogas|prorrogas|oportunidades|plazos|excusas)|no es negociable|innegociable|antes de que sea (?:demasiado )?tarde|(?:no nos|nos) deja (?:otra |sin )?(?:opción|opcion|alternativa)|no tendremos (?:otra |más |mas )?(?:opción|opcion|alternativa|remedio)|el no pago (?:dará|dara) lugar',
      reason:
        'La falsa urgencia y los ultimátums presionan al cliente en lugar de ayudarle a pagar.',
      ruleRef: 'CONC 7.3.10',
      negatable: true,
    },
    {
      id: 'es.pressure.borrow',
      category: 'pressure',
      pattern:
        '(?:pida|pide|pedir|consiga|conseguir) (?:el dinero |dinero )?prestado|(?:pida|pide|pedir|saque|sacar) un (?:préstamo|prestamo|crédito|credito)|(?:use|usar|utilice) (?:su|tu|una) tarjeta de cr[eé]dito|(?:venda|vender|vendas) (?:su|tu|sus|tus) (?:coche|carro|auto|casa|cosas|bienes|joyas|pertenencias)',
      reason:
        'Presionar al cliente para pedir prestado, usar crédito o vender sus cosas es presión indebida.',
      ruleRef: 'CONC 7.3.10(4)',
      negatable: true,
    },
    // ---- jerga (revisar)
    {
      id: 'es.jargon.pursuant',
      category: 'jargon',
      pattern: 'de conformidad con|conforme a lo dispuesto|en virtud de',
      reason: 'El lenguaje legal es difícil de seguir. Use palabras sencillas.',
      suggestion: 'según',
    },
    {
      id: 'es.jargon.arrears',
      category: 'jargon',
      pattern: 'en mora',
      reason: '"Mora" y "moroso" son jerga y suenan a juicio. Diga que hay pagos atrasados.',
      suggestion: 'con pagos atrasados',
    },
    {
      // El sustantivo ("presenta morosidad de 95 días"): un sustantivo en su lugar.
      id: 'es.jargon.arrears.2',
      category: 'jargon',
      pattern: 'morosidad',
      reason: '"Mora" y "moroso" son jerga y suenan a juicio. Diga que hay pagos atrasados.',
      suggestion: 'atrasos en los pagos',
    },
    {
      // "cliente moroso", "como moroso", "los morosos": ninguna frase cabe en todos; sin sugerencia.
      id: 'es.jargon.arrears.3',
      category: 'jargon',
      pattern: 'moros[oa]s?',
      reason: '"Mora" y "moroso" son jerga y suenan a juicio. Diga que hay pagos atrasados.',
    },
    {
      id: 'es.jargon.delinquent',
      category: 'jargon',
      pattern:
        'cartera vencida|cartera castigada|castigo de cartera|deuda castigada|saldo castigado|quebranto',
      reason: 'Es jerga contable que el cliente puede no conocer.',
      suggestion: 'deuda dada de baja',
    },
    {
      id: 'es.jargon.acceleration',
      category: 'jargon',
      pattern:
        'vencimiento anticipado|aceleraci[oó]n (?:de la deuda|del pr[eé]stamo|del cr[eé]dito)|cláusula de aceleración|clausula de aceleracion',
      reason: '"Vencimiento anticipado" es jerga. Diga que el saldo completo pasaría a deberse ya.',
      suggestion: 'cobro de todo el saldo de una vez',
    },
    {
      id: 'es.jargon.legalese',
      category: 'jargon',
      pattern:
        'por medio de la presente|por la presente|dicho adeudo|deudor|remediación|remediacion|subsanar|requerimiento de pago|intereses moratorios|liquidación forzosa|liquidacion forzosa|susodich[oa]|antedich[oa]|según nuestros registros|segun nuestros registros|gestiones de cobro|sujet[oa] a (?:gestiones|acciones) de cobro',
      reason:
        'El lenguaje legal o del sector es difícil de seguir. Use palabras de todos los días.',
    },
    // ---- señales positivas (info)
    {
      id: 'es.positive.empathy',
      category: 'positive',
      pattern:
        '(?:lo |le )?entiendo|(?:lo |le )?comprendo|(?:lo )?siento mucho|lamento (?:mucho )?(?:saber|oír|oir|que|la|lo|su)|(?:le )?agradezco|(?:muchas )?gracias por (?:su|tu|contarnos|contarme|escribir|escribirnos|responder|avisar|avisarnos|la|el|ponerse)|entendemos|comprendemos|lamentamos|espero que (?:esté|este|se encuentre|estés|todo)',
      reason: 'Empatía: reconocer la situación del cliente genera confianza.',
    },
    {
      id: 'es.positive.question',
      category: 'positive',
      pattern:
        '(?:podría|podria|puede|podrías|podrias) (?:contarme|decirme|indicarme|comentarme)|qu[eé] (?:le |te )?(?:vendría|vendria|funcionaría|funcionaria|convendría|convendria|parece)|(?:cómo|como|en qué|en que) (?:podemos|puedo) ayudar(?:le|te)?|(?:hay|existe) algo (?:que|en lo que)|(?:qué|que) (?:fecha|importe|cantidad|día|dia) (?:le|te) (?:viene|va|conviene|parece)|d[ií]game|cu[eé]nteme',
      reason: 'Una pregunta abierta invita al cliente a explicar lo que puede hacer.',
    },
    {
      id: 'es.positive.options',
      category: 'positive',
      pattern:
        'plan(?:es)? de pagos?|acuerdo de pago|(?:varias|algunas|distintas|diferentes|otras) (?:opciones|alternativas|posibilidades)|(?:podemos|podríamos|podriamos) (?:ofrecer|ofrecerle|acordar|organizar|repartir|dividir|pausar|ajustar|cambiar|mover|congelar|reducir|fraccionar|aplazar|estudiar|revisar|buscar)|fraccionar (?:el|la|su)|(?:pagos|cuotas) más (?:pequeños|pequeñas|bajos|bajas)|sin prisa|sin presión|sin presion|t[oó]mese (?:su )?tiempo|(?:encantad[oa]s?|aqu[ií]) (?:de|para) ayudar(?:le|te)?',
      reason: 'Ofrecer opciones y flexibilidad hace posible el pago.',
    },
    {
      id: 'es.positive.advice',
      category: 'positive',
      pattern:
        'asesor[ií]a (?:gratuita|independiente|financiera gratuita)|asesoramiento (?:gratuito|independiente)|orientaci[oó]n (?:gratuita|financiera)|CONDUSEF|Banco de España|organizaciones? de consumidores|asociaci[oó]n de consumidores|OCU|FACUA',
      reason: 'Indicar asesoría gratuita e independiente ayuda a clientes en dificultades.',
      ruleRef: 'CONC 7.3.4',
    },
  ],
};
