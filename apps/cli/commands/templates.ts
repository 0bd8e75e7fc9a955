/**
 * `tactful templates`: prints the outreach templates as JSON, `[{"id","locale","title","body"}]`,
 * with `{{placeholders}}` unfilled. `--locale en|es` keeps one language. Bad options: a clear
 * message on stderr and exit code 2.
 */
import { commandArgs, localeOption, refuse } from '../args';
import { exitCodes, type CliIo } from '../io';
import {
  isTemplateLocale,
  outreachTemplates,
  templateLocales,
  type OutreachTemplate,
} from '../../../shared/templates';

const help = `Usage: tactful templates [--locale ${templateLocales.join('|')}]

Prints the friendly outreach templates as JSON: [{"id","locale","title","body"}].
Placeholders: {{customerName}} {{amount}} {{dueDate}} {{paymentLink}} {{agentName}} {{companyName}}.
`;

const options = localeOption;

/** Runs the command; 0 on success, 2 for options it cannot use. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = commandArgs(args, io, { name: 'templates', options, usage: help });
  if ('exitCode' in parsed) return parsed.exitCode;
  const { locale } = parsed.options;
  if (locale !== undefined && !isTemplateLocale(locale)) {
    return refuse(
      io,
      'templates',
      `unknown locale "${locale}"; use one of ${templateLocales.join(', ')}`,
    );
  }
  const templates = outreachTemplates
    .filter((template) => locale === undefined || template.locale === locale)
    .map(({ id, locale: language, title, body }: OutreachTemplate) => ({
      id,
      locale: language,
      title,
      body,
    }));
  io.stdout(`${JSON.stringify(templates)}\n`);
  return exitCodes.ok;
}
