// Writes the Zendesk manifest's `parameters` and every translation's `app.parameters` from the one
// list of installation parameters in apps/zendesk/host/zendesk-parameters.ts, so the manifest, the
// settings reader and the admin's labels cannot drift apart. Run `npx tsx scripts/sync-zendesk-parameters.ts`
// after changing that list (the packaging test fails until you do) and commit the JSON it writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { z } from 'zod';
import { zendeskParameters } from '../apps/zendesk/host/zendesk-parameters';

type Text = { label: string; helpText: string };
type Locales = { en: Text; es: Text };

// No secure parameters. A secret belongs here only with a request that sends it through the ZAF
// proxy's `{{setting.name}}` placeholder and a manifest `domainWhitelist` naming that request's host;
// `payment_link_api_token` had neither (no request used it) and was removed (issue 14).

const t = (en: [string, string], es: [string, string]): Locales => ({
  en: { label: en[0], helpText: en[1] },
  es: { label: es[0], helpText: es[1] },
});

const fieldHelp = (what: string, qué: string): Locales =>
  t(
    [what, `Key of the user field that holds it, or ticket:<field id> for a ticket field.`],
    [
      qué,
      `Clave del campo de usuario que lo guarda, o ticket:<id del campo> para un campo de ticket.`,
    ],
  );
const flagHelp = (what: string, qué: string): Locales =>
  t(
    [
      `${what} flag field`,
      `Key of the checkbox user field set when ${what.toLowerCase()} applies.`,
    ],
    [
      `Campo del indicador: ${qué}`,
      `Clave de la casilla de usuario que se marca cuando aplica: ${qué.toLowerCase()}.`,
    ],
  );
const frequency = (en: string, es: string): Locales =>
  t(
    [`Allow ${en} payments`, `Plans may ask for ${en} payments.`],
    [`Permitir pagos ${es}`, `Los planes pueden pedir pagos ${es}.`],
  );
const blocks = (en: string, es: string): Locales =>
  t(
    [`Stop replies with ${en}`, `When on, a public reply with ${en} cannot be submitted.`],
    [
      `Detener respuestas con ${es}`,
      `Activado: no se puede enviar una respuesta pública con ${es}.`,
    ],
  );

/** The admin's label and help text for every parameter, in every locale. */
const parameterText: Record<string, Locales> = {
  policy_min_instalment: t(
    ['Minimum instalment', 'Smallest payment a plan may ask for, as a decimal (25.00).'],
    ['Cuota mínima', 'El pago más pequeño que puede pedir un plan, como decimal (25.00).'],
  ),
  policy_currency: t(
    ['Policy currency', 'ISO 4217 code of the amounts in this policy (USD, GBP, EUR, JPY).'],
    [
      'Moneda de la política',
      'Código ISO 4217 de los importes de esta política (USD, GBP, EUR, JPY).',
    ],
  ),
  policy_max_term_months: t(
    ['Maximum plan length (months)', 'No payment plan runs longer than this.'],
    ['Duración máxima del plan (meses)', 'Ningún plan de pago dura más que esto.'],
  ),
  policy_frequency_weekly: frequency('weekly', 'semanales'),
  policy_frequency_biweekly: frequency('every-two-weeks', 'quincenales (cada dos semanas)'),
  policy_frequency_semimonthly: frequency('twice-a-month', 'dos veces al mes'),
  policy_frequency_monthly: frequency('monthly', 'mensuales'),
  policy_down_payment: t(
    ['Down payment', 'none, amount or percent.'],
    ['Pago inicial', 'none (ninguno), amount (importe) o percent (porcentaje).'],
  ),
  policy_down_payment_value: t(
    ['Down payment value', 'The amount (25.00) or the percent (10) of the down payment.'],
    ['Valor del pago inicial', 'El importe (25.00) o el porcentaje (10) del pago inicial.'],
  ),
  policy_holidays: t(
    [
      'Public holidays of (country or region)',
      'No payment falls due on a public holiday there: a two-letter country code such as US, GB or ES, optionally with a region (US-CA, GB-SCT). Empty: weekends only.',
    ],
    [
      'Festivos de (país o región)',
      'Ningún pago vence en un festivo de ese lugar: un código de país de dos letras como ES, MX o US, con región si se quiere (ES-MD, US-CA). Vacío: solo fines de semana.',
    ],
  ),
  policy_closure_days: t(
    [
      'Company closure days',
      'One date a line, such as 2026-12-24. No payment falls due on these days.',
    ],
    [
      'Días de cierre de la empresa',
      'Una fecha por línea, por ejemplo 2026-12-24. Ningún pago vence en esos días.',
    ],
  ),
  policy_first_payment_within_days: t(
    [
      'First payment within (days)',
      'The first payment is due no later than this many days from today.',
    ],
    [
      'Primer pago dentro de (días)',
      'El primer pago vence como máximo este número de días después de hoy.',
    ],
  ),
  policy_max_settlement_discount_percent: t(
    ['Maximum settlement discount (%)', '0 means no settlements are offered.'],
    ['Descuento máximo por liquidación (%)', '0 significa que no se ofrecen liquidaciones.'],
  ),
  policy_fees_waivable: t(
    ['Fees and interest can be waived', 'Agents may offer to waive fees and interest in a plan.'],
    [
      'Se pueden condonar cargos e intereses',
      'Los agentes pueden ofrecer condonar cargos e intereses en un plan.',
    ],
  ),
  policy_roll_weekends: t(
    [
      'Move weekend due dates to Monday',
      'A payment due on a weekend is due the next business day.',
    ],
    [
      'Pasar vencimientos de fin de semana al lunes',
      'Un pago que vence en fin de semana vence el siguiente día hábil.',
    ],
  ),
  tone_on_save: t(
    [
      'When a reply has blocking wording',
      'block: stop the public reply; warn: only warn in the sidebar.',
    ],
    [
      'Si una respuesta tiene frases bloqueantes',
      'block: detener la respuesta pública; warn: solo avisar en la barra lateral.',
    ],
  ),
  tone_block_accusatory: blocks('accusatory wording', 'frases acusatorias'),
  tone_block_shaming: blocks('shaming or insults', 'humillaciones o insultos'),
  tone_block_profanity: blocks('profanity', 'groserías'),
  tone_block_threat: blocks('threats', 'amenazas'),
  tone_block_misrepresentation: blocks('misrepresentation', 'engaños sobre quién escribe'),
  tone_block_third_party: blocks('third-party disclosure', 'revelación a terceros'),
  tone_block_pressure: blocks('undue pressure', 'presión indebida'),
  tone_block_harassment: blocks('harassment', 'acoso'),
  tone_block_jargon: blocks('jargon', 'jerga'),
  tone_flag_phrases: t(
    ['Company phrases to flag', 'One phrase a line; the tone check flags them in drafts.'],
    [
      'Frases de la empresa a señalar',
      'Una frase por línea; la revisión de tono las señala en los borradores.',
    ],
  ),
  tone_allow_phrases: t(
    ['Company phrases to allow', 'One phrase a line; the tone check never flags them.'],
    [
      'Frases de la empresa permitidas',
      'Una frase por línea; la revisión de tono nunca las señala.',
    ],
  ),
  tone_feedback: t(
    [
      'Agents can report wrong or missed findings',
      'Shows "This finding is wrong" and "Tactful missed something" in the tone check. Each click records the language, verdict, findings and the agent\'s note (no customer or ticket) as a Tactful tone feedback record in this Zendesk account, for improving the tone check.',
    ],
    [
      'Los agentes pueden señalar hallazgos erróneos o que faltan',
      'Muestra «Este hallazgo es erróneo» y «A Tactful se le escapó algo» en la revisión del tono. Cada clic guarda el idioma, el veredicto, los hallazgos y la nota del agente (sin cliente ni ticket) como un registro de opiniones sobre el tono de Tactful en esta cuenta de Zendesk, para mejorar la revisión.',
    ],
  ),
  tone_feedback_include_draft: t(
    [
      'Include the draft in agent feedback',
      'Also records the draft itself with each report. A draft may contain customer details (names, amounts, circumstances); it stays in this Zendesk account, in the feedback record, and is never sent to Tactful. Needs the setting above.',
    ],
    [
      'Incluir el borrador en lo que señalan los agentes',
      'Guarda también el borrador con cada aviso. Un borrador puede contener datos del cliente (nombres, importes, circunstancias); se queda en esta cuenta de Zendesk, en el registro de opiniones, y nunca se envía a Tactful. Requiere el ajuste anterior.',
    ],
  ),
  contact_hours_start: t(
    [
      'Contact allowed from',
      'Earliest local time for outbound contact (24-hour HH:MM, not before 08:00).',
    ],
    [
      'Contacto permitido desde',
      'Hora local más temprana para contactar (HH:MM de 24 horas, no antes de las 08:00).',
    ],
  ),
  contact_hours_end: t(
    [
      'Contact allowed until',
      'Latest local time for outbound contact (24-hour HH:MM, not after 21:00).',
    ],
    [
      'Contacto permitido hasta',
      'Hora local más tardía para contactar (HH:MM de 24 horas, no después de las 21:00).',
    ],
  ),
  default_time_zone: t(
    [
      'Default customer time zone',
      'IANA time zone (America/New_York) for customers who have none set.',
    ],
    [
      'Zona horaria por defecto',
      'Zona horaria IANA (America/Mexico_City) para clientes que no tienen una.',
    ],
  ),
  default_locale: t(
    ['Default customer language', 'en or es, for customers who have none set.'],
    ['Idioma por defecto del cliente', 'en o es, para clientes que no tienen uno.'],
  ),
  field_balance: fieldHelp('Balance field', 'Campo del saldo'),
  field_currency: fieldHelp('Currency field', 'Campo de la moneda'),
  field_due_date: fieldHelp('Due date field', 'Campo de la fecha de vencimiento'),
  field_flag_cease: flagHelp('Cease communication', 'Cese de comunicaciones'),
  field_flag_do_not_call: flagHelp('Do not call', 'No llamar'),
  field_flag_do_not_email: flagHelp('Do not email', 'No enviar correos'),
  field_flag_do_not_sms: flagHelp('Do not text', 'No enviar SMS'),
  field_flag_dispute: flagHelp('Dispute pending', 'Disputa pendiente'),
  field_flag_bankruptcy: flagHelp('Bankruptcy', 'Quiebra'),
  field_flag_breathing_space: flagHelp('Breathing space', 'Periodo de respiro'),
  field_flag_deceased: flagHelp('Deceased', 'Fallecido'),
  field_flag_vulnerable: flagHelp('Vulnerable customer', 'Cliente vulnerable'),
  outreach_company_name: t(
    [
      'Company name',
      'How customers know you; outreach templates sign with it. One line, up to 100 characters.',
    ],
    [
      'Nombre de la empresa',
      'Cómo le conocen sus clientes; las plantillas de contacto lo usan en la firma. Una línea, hasta 100 caracteres.',
    ],
  ),
  outreach_payment_link: t(
    [
      'Payment link',
      'Optional. Where customers pay online, starting with https://. Templates link to it; agents can change it per ticket.',
    ],
    [
      'Enlace de pago',
      'Opcional. Dónde pagan los clientes en línea; debe empezar por https://. Las plantillas enlazan a él; los agentes pueden cambiarlo en cada ticket.',
    ],
  ),
  outcomes_record_tone_events: t(
    [
      'Record tone events',
      'Counts, per agent and day, what the tone check saw before each public reply (checks, verdicts, categories, suggestions applied) for the outcomes page. Never the reply text. Turn off to stop recording; what was recorded stays.',
    ],
    [
      'Registrar eventos de tono',
      'Cuenta, por agente y día, lo que vio la revisión de tono antes de cada respuesta pública (revisiones, veredictos, categorías, sugerencias aplicadas) para la página de resultados. Nunca el texto de la respuesta. Desactívelo para dejar de registrar; lo registrado se conserva.',
    ],
  ),
  outcomes_viewer_group_ids: t(
    [
      'Groups that see the outcomes page',
      'Zendesk group ids, separated by commas. Admins always see the page; members of these groups see it too. Other agents see only their own figures.',
    ],
    [
      'Grupos que ven la página de resultados',
      'Ids de grupos de Zendesk, separados por comas. Los administradores siempre ven la página; los miembros de estos grupos también. Los demás agentes solo ven sus propias cifras.',
    ],
  ),
  outcomes_viewer_groups_see_every_agent: t(
    [
      'Those groups see every agent',
      "When on, members of the groups above also see other agents' figures; when off, only their own agent row.",
    ],
    [
      'Esos grupos ven a todos los agentes',
      'Activado: los miembros de los grupos anteriores ven también las cifras de otros agentes; desactivado, solo su propia fila.',
    ],
  ),
};

/** The manifest's `parameters`: every setting (none secure, none required). */
function manifestParameters() {
  return zendeskParameters.map((parameter) => ({
    name: parameter.name,
    type: parameter.type,
    required: false,
    default: parameter.default,
  }));
}

async function writeJson(file: string, value: unknown): Promise<void> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(value), { ...options, parser: 'json' }));
}

async function main(): Promise<void> {
  const parameters = manifestParameters();
  const missing = parameters.filter((parameter) => !parameterText[parameter.name]);
  if (missing.length > 0) {
    throw new Error(`Write a label and help text for: ${missing.map((p) => p.name).join(', ')}`);
  }
  const manifestFile = 'manifests/zendesk/manifest.json';
  const manifest = z.looseObject({}).parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  await writeJson(manifestFile, { ...manifest, parameters });
  for (const locale of ['en', 'es'] as const) {
    const file = `manifests/zendesk/translations/${locale}.json`;
    const translation = z
      .looseObject({ app: z.looseObject({}) })
      .parse(JSON.parse(readFileSync(file, 'utf8')));
    const texts = Object.fromEntries(
      parameters.map((parameter) => [parameter.name, parameterText[parameter.name]?.[locale]]),
    );
    await writeJson(file, { ...translation, app: { ...translation.app, parameters: texts } });
  }
  console.log(`synced ${parameters.length} parameters into the manifest and en/es translations`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
