/**
 * The Zendesk ticket page's script: a ticket (from the mock account), a reply editor, Submit, and the
 * real built app in an iframe, hosted by the ZAF host emulator (mocks/zendesk/zaf-host.ts) over the
 * ticket model. The app's `client.request` goes through the emulator's proxy to this server's mock
 * Zendesk API, which fills secure settings and applies the failure switch.
 */
import { z } from 'zod';
import { seedUsers, type SeedUser } from '../../mocks/zendesk/seed';
import { requesterFrom, TicketModel } from '../../mocks/zendesk/ticket-model';
import { createZafHost, type ZafHost } from '../../mocks/zendesk/zaf-host';
import {
  addNotice,
  element,
  readConfig,
  routeZendeskApiHere,
  wireFailureSwitch,
} from '../page/page-kit';
import { draftHtmlFromText, draftTextFromHtml } from './draft-text';

const config = readConfig();
const appOrigin = new URL(config.zendeskAppUrl).origin;
const customerSelect = element('customer', HTMLSelectElement);
const agentLocaleSelect = element('agent-locale', HTMLSelectElement);
const commentType = element('comment-type', HTMLSelectElement);
const failureSelect = element('failure', HTMLSelectElement);
const subject = element('ticket-subject', HTMLHeadingElement);
const ticketNumber = element('ticket-number', HTMLParagraphElement);
const requesterLine = element('ticket-requester', HTMLParagraphElement);
const conversation = element('conversation', HTMLOListElement);
const replyLabel = element('reply-label', HTMLLabelElement);
const reply = element('reply', HTMLTextAreaElement);
const submit = element('submit', HTMLButtonElement);
const outcome = element('save-outcome', HTMLParagraphElement);
const notices = element('notices', HTMLUListElement);
const iframe = element('app', HTMLIFrameElement);

const browserFetch = routeZendeskApiHere();

const ticketSchema = z.object({
  ticket: z.object({ id: z.number(), subject: z.string(), status: z.string() }),
});
const commentsSchema = z.object({
  comments: z.array(
    z.object({ author_id: z.number(), plain_body: z.string(), public: z.boolean() }),
  ),
});
const resizeSchema = z.object({ height: z.union([z.number(), z.string()]) });
const notifySchema = z.tuple([z.string()]).rest(z.unknown());

/** The page's own reads of the account (never failed by the switch). */
async function pageRead<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
  const response = await browserFetch(`/zendesk-api${path}`, {
    headers: { 'x-playground-page': '1' },
  });
  return schema.parse(await response.json());
}

const customers = seedUsers();
for (const customer of customers) {
  const option = document.createElement('option');
  option.value = String(customer.id);
  option.textContent = `${customer.name} (${String(customer.user_fields['tactful_currency'] ?? 'no balance')}, ${customer.locale})`;
  customerSelect.append(option);
}
const chosenId = Number(new URLSearchParams(location.search).get('customer') ?? customers[0]?.id);
const customer: SeedUser | undefined =
  customers.find((candidate) => candidate.id === chosenId) ?? customers[0];
if (!customer) throw new Error('The seed has no customers');
customerSelect.value = String(customer.id);
customerSelect.addEventListener('change', () => {
  const next = new URL(location.href);
  next.searchParams.set('customer', customerSelect.value);
  location.assign(next);
});
void wireFailureSwitch(failureSelect, 'zendesk');

// The agent's language is the sidebar's language (ZAF's currentUser.locale); a new one reopens the
// page. Zendesk keeps an unsent reply across that reload, so the page keeps it for this tab too.
const agentLocale =
  new URLSearchParams(location.search).get('agentLocale') === 'es' ? 'es' : 'en-US';
const keptDraftKey = `tactful-playground:draft:${customer.id}`;
const keptDraftSchema = z.object({
  text: z.string(),
  type: z.enum(['publicReply', 'internalNote']),
});
const keptDraft = keptDraftSchema.safeParse(
  JSON.parse(sessionStorage.getItem(keptDraftKey) ?? 'null'),
);
sessionStorage.removeItem(keptDraftKey);
agentLocaleSelect.value = agentLocale;
agentLocaleSelect.addEventListener('change', () => {
  const type = commentType.value === 'internalNote' ? 'internalNote' : 'publicReply';
  sessionStorage.setItem(keptDraftKey, JSON.stringify({ text: reply.value, type }));
  const next = new URL(location.href);
  next.searchParams.set('agentLocale', agentLocaleSelect.value);
  location.assign(next);
});

// Seed convention: ticket n is customer n's open conversation (ids 9001… → tickets 1…).
const ticketId = customer.id - 9000;
const { ticket } = await pageRead(`/api/v2/tickets/${ticketId}.json`, ticketSchema);
ticketNumber.textContent = `Ticket #${ticket.id} · ${ticket.status}`;
subject.textContent = ticket.subject;
requesterLine.textContent = `${customer.name} · ${customer.email ?? 'no email'} · ${customer.iana_time_zone}`;
replyLabel.textContent = `Reply to ${customer.name}`;

function showComment(author: string, text: string, isPublic: boolean): void {
  const item = document.createElement('li');
  if (!isPublic) item.className = 'internal';
  const who = document.createElement('strong');
  who.textContent = `${author}${isPublic ? '' : ' (internal note)'}: `;
  item.append(who, document.createTextNode(text));
  conversation.append(item);
}
const { comments } = await pageRead(`/api/v2/tickets/${ticketId}/comments.json`, commentsSchema);
for (const comment of comments) {
  showComment(
    comment.author_id === customer.id ? customer.name : 'Alex Rivera',
    comment.plain_body,
    comment.public,
  );
}

// Agent feedback on the tone check is off in a fresh installation, as here; `?feedback=on` plays an
// admin who turned it on, `?feedback=draft` one who lets it keep the draft too.
const feedback = new URLSearchParams(location.search).get('feedback');

if (keptDraft.success) {
  reply.value = keptDraft.data.text;
  commentType.value = keptDraft.data.type;
}
const model = new TicketModel({
  currentUser: { locale: agentLocale },
  ...(keptDraft.success
    ? { comment: { text: draftHtmlFromText(keptDraft.data.text), type: keptDraft.data.type } }
    : {}),
  // The demo company an admin would have named in the app's settings.
  settings: {
    outreach_company_name: 'Acme Lending',
    outreach_payment_link: 'https://pay.acme-lending.example/account',
    tone_feedback: feedback === 'on' || feedback === 'draft',
    tone_feedback_include_draft: feedback === 'draft',
  },
  ticket: {
    id: ticket.id,
    subject: ticket.subject,
    status: ticket.status,
    requester: requesterFrom(customer),
  },
});
const host: ZafHost = createZafHost(
  model,
  (message) => iframe.contentWindow?.postMessage(message, appOrigin),
  { appGuid: config.appGuid },
);

// What the app asks the page to do besides reading: resize the iframe, show notifications.
let seenInvocations = 0;
function applyInvocations(): void {
  for (const call of model.invocations.slice(seenInvocations)) {
    if (call.name === 'resize') {
      const size = resizeSchema.safeParse(call.args[0]);
      if (size.success) {
        const height = size.data.height;
        iframe.style.height = typeof height === 'number' ? `${height}px` : height;
      }
    } else if (call.name === 'notify') {
      const notice = notifySchema.safeParse(call.args);
      if (notice.success) addNotice(notices, notice.data[0]);
    }
  }
  seenInvocations = model.invocations.length;
}

window.addEventListener('message', (event) => {
  if (event.source !== iframe.contentWindow || event.origin !== appOrigin) return;
  host.receive(event.data);
  applyInvocations();
});

// The editor and the model stay in step both ways: typing raises comment.text.changed; the app
// writing the draft (Apply suggestion, Insert plan) updates the editor.
// Like Zendesk's rich editor, the agent sees text while the draft itself is HTML (one <p> a line).
let lastTypedHtml: string | undefined;
reply.addEventListener('input', () => {
  lastTypedHtml = draftHtmlFromText(reply.value);
  model.typeDraft(lastTypedHtml);
});
model.on('comment.text.changed', (html) => {
  // The last Submit's outcome was about a draft that has changed since.
  if (outcome.className !== 'outcome-sent') {
    outcome.className = '';
    outcome.textContent = '';
  }
  if (typeof html !== 'string' || html === lastTypedHtml) return;
  const text = draftTextFromHtml(html);
  if (reply.value !== text) reply.value = text;
});

commentType.addEventListener('change', () => {
  model.set({ 'comment.type': commentType.value });
});

const hookTimeoutMs = 15_000;
submit.addEventListener('click', () => {
  void (async () => {
    submit.disabled = true;
    outcome.className = '';
    outcome.textContent = 'Checking with the apps before saving…';
    const answer = await Promise.race([
      host.runHook('ticket.save'),
      new Promise<{ allowed: false; message: string }>((resolve) =>
        setTimeout(
          () => resolve({ allowed: false, message: 'The app did not answer in time.' }),
          hookTimeoutMs,
        ),
      ),
    ]);
    if (answer.allowed) {
      showComment(
        'Alex Rivera',
        draftTextFromHtml(model.comment.text),
        model.comment.type === 'publicReply',
      );
      outcome.className = 'outcome-sent';
      outcome.textContent = 'Sent: the reply was added to the ticket.';
      model.typeDraft('');
      reply.value = '';
    } else {
      outcome.className = 'outcome-stopped';
      outcome.textContent = `Not sent: Tactful stopped the save. ${answer.message}`.trim();
    }
    submit.disabled = false;
  })();
});

iframe.src = `${config.zendeskAppUrl}/assets/index.html?origin=${encodeURIComponent(location.origin)}&app_guid=${encodeURIComponent(config.appGuid)}`;
