/**
 * `tactful corpus export`: agents' tone feedback as candidate corpus lines, one JSON object a line
 * on stdout, for a person to label (`expected`: ok, review or block) and review before any line
 * joins tests/fixtures/tone/. Nothing is added to the corpus here: feedback says where the check
 * may be wrong, not what the right verdict is.
 *
 * Sources: a Zendesk account's `tactful_tone_feedback` records (`--zendesk`, credentials as for
 * `tactful audit zendesk-macros`), or a file holding the JSON array `GET /api/tone-feedback`
 * returns for a HubSpot portal (`--file`).
 */
import { basename } from 'node:path';
import { z } from 'zod';
import {
  toneFeedbackFromRecord,
  toneFeedbackObjectKey,
  toneFeedbackRecordSchema,
  toneFeedbackRecordsPath,
  toneFeedbackSchema,
  type FeedbackFinding,
  type ToneFeedback,
} from '../../../shared/feedback';
import { fetchAllPages } from '../../../shared/http';
import {
  withZendeskCursor,
  zendeskCursorFields,
  zendeskNextPath,
} from '../../zendesk/host/zendesk-cursor';
import { commandArgs, refuse, type OptionValues } from '../args';
import { exitCodes, type CliIo } from '../io';
import { explainZendeskError, zendeskAccountFromEnv } from '../zendesk';

const usage = `Usage: tactful corpus export (--zendesk | --file PATH) [--locale en|es]

Prints agents' tone feedback as candidate corpus lines (JSON Lines on stdout):
  {"id","locale","text"?,"expected":null,"verdict","kind","disputed","findings","note","at","source"}
"text" is there only when the admin let feedback keep the draft. Nothing is added to the corpus:
label each line's "expected" (ok, review or block), review it, then add it by hand.

  --zendesk      read the tactful_tone_feedback records of a Zendesk account; needs
                 ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN in the environment
  --file PATH    read a JSON array as GET /api/tone-feedback returns it (HubSpot)
  --locale L     only feedback on drafts in that language
`;

/** One candidate line: the corpus's `{id, text, expected}` and what the reviewer needs to judge. */
export interface CorpusCandidate {
  id: string;
  locale: string;
  text?: string;
  /** Always null: a person decides the verdict. */
  expected: null;
  verdict: ToneFeedback['verdict'];
  kind: ToneFeedback['kind'];
  /** The finding the agent called wrong; null for "Tactful missed something". */
  disputed: FeedbackFinding | null;
  findings: FeedbackFinding[];
  note: string;
  at: string;
  /** Where the feedback came from: `zendesk:<subdomain>` or `file:<name>`. */
  source: string;
}

/** The candidate line for one piece of feedback. */
export function corpusCandidate(feedback: ToneFeedback, source: string): CorpusCandidate {
  return {
    id: feedback.id,
    locale: feedback.locale,
    ...(feedback.draft === undefined ? {} : { text: feedback.draft }),
    expected: null,
    verdict: feedback.verdict,
    kind: feedback.kind,
    disputed: feedback.disputed === null ? null : (feedback.findings[feedback.disputed] ?? null),
    findings: feedback.findings,
    note: feedback.note,
    at: feedback.at,
    source,
  };
}

interface ExportOptions {
  source: { kind: 'zendesk' } | { kind: 'file'; path: string };
  locale?: string;
}

const options = {
  zendesk: { type: 'boolean' },
  file: { type: 'string' },
  locale: { type: 'string' },
} as const;

/** Where to read and which language to keep, or what is wrong with the options. */
function exportOptions(
  values: OptionValues<typeof options>,
): { ok: true; value: ExportOptions } | { ok: false; error: string } {
  const { zendesk = false, file, locale } = values;
  if (zendesk === (file !== undefined)) {
    return { ok: false, error: 'say where to read feedback from: --zendesk or --file PATH' };
  }
  if (locale !== undefined && !/^[a-z]{2,3}$/.test(locale)) {
    return { ok: false, error: `--locale takes a language code such as en or es, not "${locale}"` };
  }
  return {
    ok: true,
    value: {
      source: file === undefined ? { kind: 'zendesk' } : { kind: 'file', path: file },
      ...(locale === undefined ? {} : { locale }),
    },
  };
}

const recordsPage = z
  .object({ custom_object_records: z.array(toneFeedbackRecordSchema), ...zendeskCursorFields })
  .loose();

/** What a source gave: an exit code (0 = go on), the feedback, and the name lines carry. */
interface Read {
  code: number;
  feedback: ToneFeedback[];
  source: string;
}

const sleep = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Every feedback record of the account; records it cannot read are named on stderr and skipped. */
async function fromZendesk(io: CliIo): Promise<Read> {
  const account = zendeskAccountFromEnv(io.env);
  if (!account.ok) {
    io.stderr(`tactful corpus: ${account.error}\n\n${usage}`);
    return { code: exitCodes.badInput, feedback: [], source: 'zendesk' };
  }
  const { port, origin, subdomain } = account.value;
  const source = `zendesk:${subdomain}`;
  // The port attaches the API token to every request: next-page links must stay on this origin.
  const pages = await fetchAllPages(
    port,
    withZendeskCursor(`${toneFeedbackRecordsPath}.json`),
    recordsPage,
    zendeskNextPath,
    { sleep, origin, maxPages: 10_000 },
  );
  if (!pages.ok) {
    const reason =
      pages.error.code === 'not-found'
        ? `Zendesk has no ${toneFeedbackObjectKey} object in ${subdomain} (404): install or update Tactful, or check ZENDESK_SUBDOMAIN.`
        : explainZendeskError(pages.error, 'tone feedback records');
    io.stderr(`tactful corpus: ${reason}\n`);
    return { code: exitCodes.failed, feedback: [], source };
  }
  const feedback: ToneFeedback[] = [];
  for (const record of pages.value.flatMap((page) => page.custom_object_records)) {
    const read = toneFeedbackFromRecord(record);
    if (read.ok) feedback.push(read.value);
    else io.stderr(`tactful corpus: skipped ${read.error}\n`);
  }
  return { code: 0, feedback, source };
}

/** The file's feedback; anything but the array the HubSpot endpoint returns is a usage error. */
async function fromFile(io: CliIo, path: string): Promise<Read> {
  const source = `file:${basename(path)}`;
  let text: string;
  try {
    text = await io.readFile(path);
  } catch {
    io.stderr(`tactful corpus: cannot read ${path}\n`);
    return { code: exitCodes.badInput, feedback: [], source };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    io.stderr(`tactful corpus: ${path} is not JSON\n`);
    return { code: exitCodes.badInput, feedback: [], source };
  }
  const parsed = z.array(toneFeedbackSchema).safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((issue) =>
        issue.path.length === 0
          ? 'expected a JSON array of tone feedback, as GET /api/tone-feedback returns'
          : `entry ${issue.path.join('.')}: ${issue.message}`,
      )
      .join('; ');
    io.stderr(`tactful corpus: ${path}: ${problems}\n`);
    return { code: exitCodes.badInput, feedback: [], source };
  }
  return { code: 0, feedback: parsed.data, source };
}

async function exportCandidates(exported: ExportOptions, io: CliIo): Promise<number> {
  const { source, locale } = exported;
  const read = source.kind === 'zendesk' ? await fromZendesk(io) : await fromFile(io, source.path);
  if (read.code !== 0) return read.code;
  const lines = read.feedback
    .filter((feedback) => locale === undefined || feedback.locale === locale)
    .map((feedback) => `${JSON.stringify(corpusCandidate(feedback, read.source))}\n`);
  io.stdout(lines.join(''));
  return exitCodes.ok;
}

/** Runs `tactful corpus <action>` and returns its exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = commandArgs(args, io, { name: 'corpus', options, usage, positionals: 1 });
  if ('exitCode' in parsed) return parsed.exitCode;
  const [action] = parsed.positionals;
  if (action !== 'export') {
    const problem = action === undefined ? 'say what to do (export)' : `cannot "${action}"`;
    return refuse(io, 'corpus', problem, usage);
  }
  const exported = exportOptions(parsed.options);
  if (!exported.ok) return refuse(io, 'corpus', exported.error, usage);
  return exportCandidates(exported.value, io);
}
