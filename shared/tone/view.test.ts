import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import hubspotEn from '../i18n/compiled/hubspot-en.json';
import hubspotEs from '../i18n/compiled/hubspot-es.json';
import { testFinding, testToneResult } from '../testing/factories';
import { toneSendCases } from '../testing/tone-send-cases';
import { toneWordsCases } from '../testing/tone-words-cases';
import { checkTone } from '.';
import type { Finding } from './types';
import {
  answerSave,
  countsAsToneSend,
  decideCopy,
  decideSave,
  isBlankDraft,
  rewriteDraft,
  rewriteIfCurrent,
  saveOutcomeNotice,
  toneView,
} from './view';
import { saveNotice, saveRefusal, toneWords } from './view-words';
import { answers, draftCheckShows, draftCheckStatus, shouldAsk } from './draft-check';
import { feedbackControls, noFeedback, toneFeedback, type FeedbackState } from './feedback-view';
import { copiedAlert, draftBoxWords, draftNoteText, templateLocale } from './draft-box-view';
import { tonePanelWords } from './panel-view';

const finding = testFinding;
const result = testToneResult;

describe('toneWords: a finding in the agent’s words', () => {
  it.each(toneWordsCases)('$name', (c) => {
    const t = createTranslator(c.agentLocale);
    const checked = checkTone(c.draft, { locale: c.customerLocale });
    const [first] = toneWords(t, checked, c.agentLocale).problems;
    expect(first?.category).toBe(t(`tone.category.${c.category}`));
    expect(first?.explanation).toBe(
      c.explanation === 'written' ? first?.finding.reason : t(`tone.explain.${c.category}`),
    );
    const language = new Intl.DisplayNames([c.agentLocale], { type: 'language' }).of(
      c.customerLocale,
    );
    expect(first?.suggestion?.label).toBe(
      c.suggestionLabel === 'plain'
        ? t('tone.suggestion')
        : t('tone.suggestionIn', { language: language ?? '' }),
    );
  });

  it('names the verdict, the severity and the rule, and shows an HTML suggestion as text', () => {
    const t = createTranslator('en');
    const threat = finding({
      category: 'threat',
      severity: 'block',
      excerpt: 'we will sue',
      ruleRef: 'FDCPA 806',
      suggestion: '<b>we can</b> talk',
    });
    const words = toneWords(t, result('block', [threat]), 'en');
    expect(words.verdict).toEqual({ label: 'Do not send as written', emphasis: 'bad' });
    expect(words.problems[0]).toMatchObject({
      category: 'Threat',
      severity: 'Stops the reply',
      emphasis: 'bad',
      ruleRef: 'Rule: FDCPA 806',
      suggestion: { text: 'we can talk', apply: 'Apply the suggestion for “we will sue”' },
      wrongLabel: 'This finding is wrong: “we will sue”',
    });
  });
});

describe('rewriteDraft', () => {
  const draft = 'Hi, you failed to pay. Pursuant to our terms, pay now.';
  const checked = checkTone(draft, { locale: 'en' });

  it('applies one finding, or every applicable one, and counts the rewrites', () => {
    const { applicable } = toneView(checked);
    const [first] = applicable;
    if (first === undefined) throw new Error('the draft should have a rewrite');
    const one = rewriteDraft(draft, checked, first);
    expect(one.applied).toBe(1);
    expect(one.text).not.toContain(first.excerpt);
    const all = rewriteDraft(draft, checked, 'all');
    expect(all.applied).toBe(applicable.length);
    for (const each of applicable) expect(all.text).not.toContain(each.excerpt);
  });
});

describe('isBlankDraft', () => {
  it('is blank with no words, in text or HTML', () => {
    expect(isBlankDraft('  \n', 'text')).toBe(true);
    expect(isBlankDraft('<p><br></p>', 'html')).toBe(true);
    expect(isBlankDraft('<p>Hi</p>', 'html')).toBe(false);
  });
});

describe('decideCopy: the card’s Copy is sending', () => {
  const threat = finding({ category: 'threat', severity: 'block', excerpt: 'we will sue' });
  const blocked = result('block', [threat]);
  const fine = result('ok', []);
  const typed = { blank: false, pending: false, unfilled: false };

  it('is off for a blank draft or one with template parts to fill', () => {
    expect(decideCopy({ ...typed, blank: true }, blocked, 'block')).toEqual({ kind: 'off' });
    expect(decideCopy({ ...typed, unfilled: true }, fine, 'warn')).toEqual({ kind: 'off' });
  });

  it('in block mode, is stopped by blocking findings and off while typing is unchecked', () => {
    expect(decideCopy(typed, blocked, 'block')).toEqual({ kind: 'stopped', findings: [threat] });
    // The stop is shown even over unfilled parts: the agent learns both at once.
    expect(decideCopy({ ...typed, unfilled: true }, blocked, 'block').kind).toBe('stopped');
    expect(decideCopy({ ...typed, pending: true }, fine, 'block')).toEqual({ kind: 'off' });
    expect(decideCopy(typed, fine, 'block')).toEqual({ kind: 'copy', withProblems: false });
  });

  it('in warn mode, copies a blocked draft with a warning, and does not wait for the check', () => {
    expect(decideCopy(typed, blocked, 'warn')).toEqual({ kind: 'copy', withProblems: true });
    expect(decideCopy({ ...typed, pending: true }, fine, 'warn')).toEqual({
      kind: 'copy',
      withProblems: false,
    });
  });
});

describe('sending under the "on save" mode: Zendesk’s Submit and the card’s Copy agree', () => {
  const typed = { blank: false, pending: false, unfilled: false };

  it.each(toneSendCases)('$name', (c) => {
    const checked = checkTone(c.draft, { locale: 'en' });
    const save = decideSave(checked, 'publicReply', c.onSave);
    const copy = decideCopy(typed, checked, c.onSave);
    const named = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.category))];
    if (c.outcome === 'sent') {
      expect(save).toEqual({ kind: 'pass' });
      expect(copy).toEqual({ kind: 'copy', withProblems: false });
      return;
    }
    if (save.kind === 'pass') throw new Error('expected blocking findings');
    expect(save.kind).toBe(c.outcome);
    expect(named(save.findings)).toEqual(c.categories);
    expect(copy).toEqual(
      c.outcome === 'stopped'
        ? { kind: 'stopped', findings: save.findings }
        : { kind: 'copy', withProblems: true },
    );
  });
});

describe('what a save with blocking findings says', () => {
  const t = createTranslator('en');
  const threat = finding({ category: 'threat', severity: 'block', excerpt: 'we will sue' });

  it('names each category once with its words, in the notice and in the refusal', () => {
    const stopped = decideSave(result('block', [threat]), 'publicReply', 'block');
    if (stopped.kind === 'pass') throw new Error('expected a stop');
    expect(saveNotice(t, stopped)).toBe(
      'The last submit was stopped: the reply contains threat (“we will sue”).',
    );
    expect(saveRefusal(t, stopped)).toMatch(/^Tactful stopped this reply: it contains threat/);
    expect(saveRefusal(t, decideSave(result('block', [threat]), 'publicReply', 'warn'))).toBe(
      undefined,
    );
  });
});

describe('how a save is announced and counted', () => {
  const threat = finding({ category: 'threat', severity: 'block', excerpt: 'we will sue' });
  const blocked = result('block', [threat]);

  it('interrupts the agent for a stopped or warned reply and only reports a checked note', () => {
    expect(saveOutcomeNotice.stopped).toEqual({ emphasis: 'bad', role: 'alert' });
    expect(saveOutcomeNotice.warned).toEqual({ emphasis: 'caution', role: 'alert' });
    expect(saveOutcomeNotice['note-checked']).toEqual({ emphasis: 'info', role: 'status' });
  });

  it('counts a public reply that went out, never a stopped one, a note, or with recording off', () => {
    const warned = decideSave(blocked, 'publicReply', 'warn');
    expect(countsAsToneSend(warned, 'publicReply', true)).toBe(true);
    expect(countsAsToneSend({ kind: 'pass' }, 'publicReply', true)).toBe(true);
    expect(countsAsToneSend(decideSave(blocked, 'publicReply', 'block'), 'publicReply', true)).toBe(
      false,
    );
    expect(countsAsToneSend({ kind: 'pass' }, 'internalNote', true)).toBe(false);
    expect(countsAsToneSend(warned, 'publicReply', false)).toBe(false);
  });
});

describe('tonePanelWords: the panel’s buttons and feedback, the same on every host', () => {
  const t = createTranslator('en');
  const blaming = finding({
    ruleId: 'a',
    start: 0,
    end: 5,
    excerpt: 'you failed',
    suggestion: 'it seems',
  });
  const jargon = finding({
    ruleId: 'b',
    start: 9,
    end: 14,
    excerpt: 'arrears',
    suggestion: 'late',
  });
  const pressure = finding({
    ruleId: 'c',
    start: 20,
    end: 25,
    excerpt: 'pay now',
    category: 'pressure',
  });
  const checked = result('review', [blaming, jargon, pressure]);
  const controls = (state: Partial<FeedbackState<string>>) =>
    feedbackControls<string>(
      { ...noFeedback, about: checked, ...state },
      { result: checked, draft: { format: 'text', input: 'draft' } },
      {
        dispatch: () => undefined,
        write: () => Promise.resolve({ ok: true, value: undefined }),
        now: () => new Date(0),
        includeDraft: false,
      },
    );
  type Case = {
    name: string;
    pending: boolean;
    feedback?: Partial<FeedbackState<string>>;
    /** Per problem: Apply off?, and the "wrong" button's words and whether it is off. */
    apply: (boolean | undefined)[];
    wrong: ([string, boolean] | undefined)[];
    applyAllOff: boolean;
    missedOff?: boolean;
    status?: [string, 'alert' | 'status'];
  };
  const wrong = (off: boolean): [string, boolean] => ['This finding is wrong', off];
  const cases: Case[] = [
    {
      name: 'checked, feedback off: every rewrite and Apply all on, no feedback buttons',
      pending: false,
      apply: [false, false, undefined],
      wrong: [undefined, undefined, undefined],
      applyAllOff: false,
    },
    {
      name: 'typing not yet checked: the rewrites and the feedback wait',
      pending: true,
      feedback: {},
      apply: [true, true, undefined],
      wrong: [wrong(true), wrong(true), wrong(true)],
      applyAllOff: true,
      missedOff: true,
    },
    {
      name: 'feedback on, no click yet: every button on, nothing said',
      pending: false,
      feedback: {},
      apply: [false, false, undefined],
      wrong: [wrong(false), wrong(false), wrong(false)],
      applyAllOff: false,
      missedOff: false,
    },
    {
      name: 'sending: the feedback buttons are off and the panel says so',
      pending: false,
      feedback: { status: { status: 'sending' } },
      apply: [false, false, undefined],
      wrong: [wrong(true), wrong(true), wrong(true)],
      applyAllOff: false,
      missedOff: true,
      status: ['Sending…', 'status'],
    },
    {
      name: 'one finding reported: it reads "Reported as wrong" and stays off; thanks',
      pending: false,
      feedback: { status: { status: 'sent' }, reported: ['b:9:14'] },
      apply: [false, false, undefined],
      wrong: [wrong(false), ['Reported as wrong', true], wrong(false)],
      applyAllOff: false,
      missedOff: false,
      status: ['Thanks: your feedback was recorded.', 'status'],
    },
    {
      name: 'failed: an alert says why, and the buttons are on again',
      pending: false,
      feedback: { status: { status: 'failed', error: 'offline' } },
      apply: [false, false, undefined],
      wrong: [wrong(false), wrong(false), wrong(false)],
      applyAllOff: false,
      missedOff: false,
      status: ['Your feedback was not recorded. because offline', 'alert'],
    },
  ];

  it.each(cases)('$name', (c) => {
    const view = tonePanelWords(t, checked, 'en', {
      pending: c.pending,
      feedback: c.feedback && controls(c.feedback),
      reason: (error: string) => `because ${error}`,
    });
    expect(view.problems.map((line) => line.applyButton?.disabled)).toEqual(c.apply);
    expect(
      view.problems.map(
        (line) => line.wrongButton && [line.wrongButton.label, line.wrongButton.disabled],
      ),
    ).toEqual(c.wrong);
    expect(view.applyAllButton).toEqual({
      label: 'Apply all suggestions',
      name: 'Apply all suggestions',
      disabled: c.applyAllOff,
    });
    expect(view.feedback?.missedButton.disabled).toBe(c.missedOff);
    expect(view.feedback?.status && [view.feedback.status.text, view.feedback.status.role]).toEqual(
      c.status,
    );
  });

  it('hides Apply all with a single rewrite, and words the score, for every host', () => {
    const single = result('review', [jargon, pressure]);
    const view = tonePanelWords(t, single, 'en', { pending: false, reason: String });
    expect(view.applyAllButton).toBeUndefined();
    expect(view.scoreText).toBe(`Tone score ${single.score} of 100`);
  });

  it('names each button for a screen reader by the excerpt it is about', () => {
    const [first] = tonePanelWords(t, checked, 'en', {
      pending: false,
      feedback: controls({}),
      reason: String,
    }).problems;
    expect(first?.applyButton?.name).toBe('Apply the suggestion for “you failed”');
    expect(first?.wrongButton?.name).toBe('This finding is wrong: “you failed”');
  });

  it('announces a copy with wording to fix as a warning', () => {
    expect(copiedAlert({ kind: 'copy', withProblems: true })).toBe('copiedWithProblems');
    expect(copiedAlert({ kind: 'copy', withProblems: false })).toBe('copied');
  });
});

describe('draft-check: a reply is shown only for the draft it answers', () => {
  const options = { locale: 'en' };
  const fine = result('ok', []);
  const reply = { text: 'Hi', options, ok: true as const, result: fine };

  it.each([
    {
      name: 'a blank draft: ready, nothing sent or shown',
      now: '  ',
      answer: undefined,
      status: 'ready',
      ask: false,
      shows: 'nothing',
    },
    {
      name: 'typed, not yet answered: checking, sent',
      now: 'Hi',
      answer: undefined,
      status: 'checking',
      ask: true,
      shows: 'checking',
    },
    {
      name: 'answered: the verdict, not sent again',
      now: 'Hi',
      answer: reply,
      status: 'ready',
      ask: false,
      shows: 'verdict',
    },
    {
      name: 'typed since the answer: checking again',
      now: 'Hi there',
      answer: reply,
      status: 'checking',
      ask: true,
      shows: 'checking',
    },
    {
      name: 'failed: why, and not asked again until Retry',
      now: 'Hi',
      answer: { text: 'Hi', options, ok: false as const, error: 'down' },
      status: 'failed',
      ask: false,
      shows: 'failed',
    },
  ])('$name', (c) => {
    const asked = { text: c.now, options };
    const check = draftCheckStatus(asked, c.answer);
    expect(check.status).toBe(c.status);
    expect(shouldAsk(asked, c.answer, false)).toBe(c.ask);
    expect(shouldAsk(asked, c.answer, true)).toBe(false);
    expect(draftCheckShows(c.now, check)).toBe(c.shows);
  });

  it('never takes a reply read with other options for this one', () => {
    expect(answers(reply, { text: 'Hi', options: { locale: 'en' } })).toBe(false);
  });
});

describe('rewriteIfCurrent and answerSave', () => {
  const draft = 'Hi, you failed to pay.';
  const checked = checkTone(draft, { locale: 'en' });

  it('rewrites only the draft that was checked', () => {
    expect(rewriteIfCurrent(draft, draft, checked, 'all')).toEqual(
      rewriteDraft(draft, checked, 'all'),
    );
    expect(rewriteIfCurrent(`${draft} More`, draft, checked, 'all')).toBeUndefined();
  });

  it('keeps what a save with blocking findings did, and counts what went out', () => {
    const threat = finding({ category: 'threat', severity: 'block', excerpt: 'we will sue' });
    const stopped = answerSave(result('block', [threat]), 'publicReply', 'block', true);
    expect(stopped).toEqual({
      decision: stopped.outcome,
      outcome: { kind: 'stopped', findings: [threat] },
      counts: false,
    });
    expect(answerSave(result('ok', []), 'publicReply', 'block', true)).toEqual({
      decision: { kind: 'pass' },
      outcome: undefined,
      counts: true,
    });
  });
});

describe('toneFeedback: the admin’s settings decide', () => {
  const checked = result('ok', []);
  const subject = { result: checked, draft: { format: 'text', input: 'Hi' } } as const;

  it('offers no controls with feedback off, and sends the draft only when allowed', async () => {
    const written: boolean[] = [];
    const ports = {
      dispatch: () => undefined,
      write: (input: { includeDraft: boolean }) => {
        written.push(input.includeDraft);
        return Promise.resolve({ ok: true as const, value: undefined });
      },
      now: () => new Date(0),
    };
    const off = { feedback: false, feedbackIncludeDraft: true };
    expect(toneFeedback(off, noFeedback, subject, ports)).toBeUndefined();
    const on = { feedback: true, feedbackIncludeDraft: false };
    toneFeedback(on, noFeedback, subject, ports)?.missed();
    await Promise.resolve();
    expect(written).toEqual([false]);
  });
});

describe('draftBoxWords: the card’s draft box, where Copy is sending', () => {
  const t = createTranslator('en', { en: hubspotEn, es: hubspotEs });
  const threat = finding({ category: 'threat', severity: 'block', excerpt: 'we will sue' });
  const blocked = result('block', [threat]);
  const base = {
    agentLocale: 'en',
    reason: String,
    result: blocked,
    check: { status: 'ready' } as const,
  };

  it.each([
    {
      name: 'blank: nothing under the draft, Copy off',
      text: ' ',
      onSave: 'block',
      shows: 'nothing',
      off: true,
      blocked: undefined,
    },
    {
      name: 'block mode stops a threat and names it',
      text: 'we will sue',
      onSave: 'block',
      shows: 'verdict',
      off: true,
      blocked: 'threat',
    },
    {
      name: 'warn mode copies it',
      text: 'we will sue',
      onSave: 'warn',
      shows: 'verdict',
      off: false,
      blocked: undefined,
    },
    {
      name: 'a template part to fill keeps Copy off',
      text: 'Hi [to fill in: the balance]',
      onSave: 'warn',
      shows: 'verdict',
      off: true,
      blocked: undefined,
    },
  ] as const)('$name', (c) => {
    const words = draftBoxWords(t, { ...base, text: c.text, onSave: c.onSave });
    expect(words.shows).toBe(c.shows);
    expect(words.copyButton).toMatchObject({ label: 'Copy message', disabled: c.off });
    if (c.blocked === undefined) expect(words.copyBlocked).toBeUndefined();
    else expect(words.copyBlocked).toContain(c.blocked);
  });

  it('says what the draft box does without, naming why settings are missing', () => {
    const note = { code: 'settings-unavailable', error: 'down' } as const;
    expect(draftNoteText(t, note, (error) => `Server ${error}`)).toBe(
      'Server down: the default tone settings are used.',
    );
    expect(draftNoteText(t, { code: 'contact-unreadable' }, String)).toBe(
      t('card.tone.contactUnreadable'),
    );
  });

  it('writes templates in the picked language when it has templates, else the contact’s', () => {
    expect(templateLocale('es-MX', 'en-US', 'auto').language).toBe('es');
    expect(templateLocale('es-MX', 'en-US', 'en').language).toBe('en');
  });
});
