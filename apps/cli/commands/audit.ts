/**
 * `tactful audit zendesk-macros`: lists every macro in a Zendesk account and checks the wording of
 * each macro's comment, so an admin can clean up canned replies (issue 3). Credentials come from
 * ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN (API token auth). Prints one JSON
 * document: every macro with its verdict and findings, and a summary.
 */
import { z } from 'zod';
import type { HttpError } from '../../../shared/ports';
import { fetchAllPages } from '../../../shared/http';
import {
  withZendeskCursor,
  zendeskCursorFields,
  zendeskNextPath,
} from '../../zendesk/host/zendesk-cursor';
import { checkTone, isToneLocale, toneLocales, type Verdict } from '../../../shared/tone';
import { commandArgs, localeOption, refuse } from '../args';
import { exitCodes, type CliIo } from '../io';
import { explainZendeskError, zendeskAccountFromEnv } from '../zendesk';
import { toneJson } from './tone';

const usage = `Usage: tactful audit zendesk-macros [--locale en|es|auto]

Checks the comment of every macro in a Zendesk account. Needs ZENDESK_SUBDOMAIN, ZENDESK_EMAIL
and ZENDESK_API_TOKEN in the environment.
`;

const macroAction = z.object({ field: z.string(), value: z.unknown() }).loose();
const macro = z
  .object({
    id: z.number(),
    title: z.string(),
    active: z.boolean().optional(),
    actions: z.array(macroAction),
  })
  .loose();
const macrosPage = z.object({ macros: z.array(macro), ...zendeskCursorFields }).loose();

type Macro = z.infer<typeof macro>;

/** The comment a macro writes: `comment_value` is text (or `[channel, text]`), `_html` is HTML. */
export interface MacroComment {
  field: 'comment_value' | 'comment_value_html';
  format: 'text' | 'html';
  text: string;
}

/** Every comment a macro's actions would add to a ticket. */
export function macroComments(item: Pick<Macro, 'actions'>): MacroComment[] {
  return item.actions.flatMap((action): MacroComment[] => {
    if (action.field !== 'comment_value' && action.field !== 'comment_value_html') return [];
    const value = action.value;
    // Zendesk stores a channel-specific comment as ["channel:all", "text"].
    const text =
      typeof value === 'string'
        ? value
        : Array.isArray(value) && typeof value.at(-1) === 'string'
          ? String(value.at(-1))
          : undefined;
    if (text === undefined) return [];
    const format = action.field === 'comment_value_html' ? 'html' : 'text';
    return [{ field: action.field, format, text }];
  });
}

const rank: Record<Verdict, number> = { ok: 0, review: 1, block: 2 };

function explain(error: HttpError): string {
  return error.code === 'forbidden'
    ? 'Zendesk refused access to macros (403). The user must be an admin or an agent allowed to see macros.'
    : explainZendeskError(error, 'macros');
}

const sleep = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

async function auditZendeskMacros(locale: string, io: CliIo): Promise<number> {
  const account = zendeskAccountFromEnv(io.env);
  if (!account.ok) return refuse(io, 'audit', account.error, usage);
  const { port, origin } = account.value;
  // The port attaches the API token to every request: next-page links must stay on this origin.
  const pages = await fetchAllPages(
    port,
    withZendeskCursor('/api/v2/macros.json'),
    macrosPage,
    zendeskNextPath,
    { sleep, origin, maxPages: 1000 },
  );
  if (!pages.ok) {
    io.stderr(`tactful audit: ${explain(pages.error)}\n`);
    return exitCodes.failed;
  }
  const macros = pages.value.flatMap((page) => page.macros);
  const report = macros.map((item) => {
    const comments = macroComments(item).map((comment) => {
      const result = checkTone(comment.text, { locale, format: comment.format });
      return { field: comment.field, text: comment.text, ...toneJson(result) };
    });
    const verdict = comments.reduce<Verdict>(
      (worst, comment) => (rank[comment.verdict] > rank[worst] ? comment.verdict : worst),
      'ok',
    );
    return { id: item.id, title: item.title, active: item.active ?? true, verdict, comments };
  });
  const count = (verdict: Verdict) =>
    report.filter((item) => item.comments.length > 0 && item.verdict === verdict).length;
  const summary = {
    macros: report.length,
    ok: count('ok'),
    review: count('review'),
    block: count('block'),
    withoutComment: report.filter((item) => item.comments.length === 0).length,
  };
  io.stdout(`${JSON.stringify({ summary, macros: report }, null, 2)}\n`);
  return exitCodes.ok;
}

const options = localeOption;

/** Runs `tactful audit <target>` and returns its exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = commandArgs(args, io, { name: 'audit', options, usage, positionals: 1 });
  if ('exitCode' in parsed) return parsed.exitCode;
  const [target] = parsed.positionals;
  if (target !== 'zendesk-macros') {
    const problem = target === undefined ? 'say what to audit' : `cannot audit "${target}"`;
    return refuse(io, 'audit', problem, usage);
  }
  const { locale = 'auto' } = parsed.options;
  if (locale !== 'auto' && !isToneLocale(locale)) {
    return refuse(
      io,
      'audit',
      `unknown locale "${locale}" (known: ${toneLocales.join(', ')}, auto)`,
    );
  }
  return auditZendeskMacros(locale, io);
}
