import { describe, expect, it } from '@jest/globals';
import { guardEmphasis } from '../history/view';
import { dueEmphasis } from '../overview/view';
import { planHealthEmphasis, promiseStateEmphasis, suggestFromForm } from '../plans/view';
import { optionCard } from '../plans/view-words';
import { createTranslator } from '../i18n';
import { testPlanRequest } from '../testing/factories';
import { severityEmphasis, toneLanguageFor, verdictEmphasis } from '../tone/view';
import type { Emphasis } from './emphasis';

/** From least to most alarming: a worse state is never marked calmer than a better one. */
const rank: Record<Emphasis, number> = { good: 0, muted: 0, info: 0, caution: 1, bad: 2 };
const ranks = (table: Record<string, Emphasis>, order: readonly string[]) =>
  order.map((key) => rank[table[key] ?? 'info']);
const ascending = (values: number[]) =>
  values.every((v, i) => i === 0 || v >= (values[i - 1] ?? 0));

describe('the emphasis every host marks a state with', () => {
  it('marks worse verdicts, severities and plans more strongly', () => {
    expect(ascending(ranks(verdictEmphasis, ['ok', 'review', 'block']))).toBe(true);
    expect(ascending(ranks(severityEmphasis, ['info', 'review', 'block']))).toBe(true);
    expect(ascending(ranks(planHealthEmphasis, ['on-track', 'at-risk', 'broken']))).toBe(true);
    expect(ascending(ranks(dueEmphasis, ['upcoming', 'today', 'past-due']))).toBe(true);
  });

  it('marks a broken promise bad, a kept one good, and a cancelled one as out of play', () => {
    expect(promiseStateEmphasis).toMatchObject({ kept: 'good', broken: 'bad', cancelled: 'muted' });
  });

  it('marks a closed channel bad, however long it stays closed', () => {
    expect(guardEmphasis).toEqual({ allowed: 'good', 'not-now': 'bad', 'until-cleared': 'bad' });
  });
});

describe('an option card', () => {
  it('marks the policy fact bad on an option outside policy, and nothing else', () => {
    const { capacity: _capacity, ...request } = testPlanRequest();
    const suggested = suggestFromForm(undefined, request, 'en-US');
    const option = suggested.ok ? suggested.value.options[0] : undefined;
    if (option === undefined) throw new Error('the test request has options');
    const t = createTranslator('en');
    const marked = (withinPolicy: boolean) =>
      optionCard({ ...option, withinPolicy }, t, 'en-US')
        .facts.filter((fact) => fact.emphasis !== undefined)
        .map((fact) => [fact.code, fact.emphasis]);
    expect(marked(true)).toEqual([]);
    expect(marked(false)).toEqual([['policy', 'bad']]);
  });
});

describe('toneLanguageFor', () => {
  it('reads a customer in their own language when the tone rules know it', () => {
    expect(toneLanguageFor('es-419')).toBe('es');
    expect(toneLanguageFor('EN_gb')).toBe('en');
  });

  it('detects the language from the draft when the customer’s has no rules or is unknown', () => {
    expect(toneLanguageFor('xx')).toBe('auto');
    expect(toneLanguageFor(undefined)).toBe('auto');
    expect(toneLanguageFor('')).toBe('auto');
  });
});
