import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { testFinding, testToneResult } from '../testing/factories';
import { toneSendCases } from '../testing/tone-send-cases';
import { toneWordsCases } from '../testing/tone-words-cases';
import { checkTone } from '.';
import type { Finding } from './types';
import {
  countsAsToneSend,
  decideCopy,
  decideSave,
  isBlankDraft,
  rewriteDraft,
  saveOutcomeNotice,
  toneView,
} from './view';
import { saveNotice, saveRefusal, toneWords } from './view-words';

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
