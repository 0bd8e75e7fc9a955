/**
 * `tactful templates`: prints the outreach templates as JSON, `[{"id","locale","title","body"}]`,
 * with `{{placeholders}}` unfilled. `--locale en|es` keeps one language. Bad options: a clear
 * message on stderr and exit code 2.
 */
import type { CliIo } from '../io';
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

type Options = { locale?: string } | { error: string } | 'help';

function parseOptions(args: string[]): Options {
  let locale: string | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--locale' || arg.startsWith('--locale=')) {
      const value = arg === '--locale' ? args[(index += 1)] : arg.slice('--locale='.length);
      if (value === undefined || value === '') return { error: '--locale needs a value' };
      locale = value;
      continue;
    }
    return { error: `unknown option "${arg}"` };
  }
  return { locale };
}

/** Runs the command; 0 on success, 2 for options it cannot use. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args);
  if (options === 'help') {
    io.stdout(help);
    return 0;
  }
  if ('error' in options) {
    io.stderr(`tactful templates: ${options.error}\n\n${help}`);
    return 2;
  }
  const { locale } = options;
  if (locale !== undefined && !isTemplateLocale(locale)) {
    io.stderr(
      `tactful templates: unknown locale "${locale}"; use one of ${templateLocales.join(', ')}\n`,
    );
    return 2;
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
  return 0;
}
