/** What the agent sees of a customer's words: which signals, in which order, with which help. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { en } from '../i18n/messages/en';
import { es } from '../i18n/messages/es';
import { readCustomerMessage, signalKinds, type Signal } from '.';
import { selfHarmSignposting, signalsView } from './view';

const viewOf = (...texts: string[]) =>
  signalsView(
    texts.map((text, index) => ({
      commentId: String(index + 1),
      reading: readCustomerMessage(text, { today: '2026-11-27', currency: 'GBP' }),
    })),
  );

describe('signalsView', () => {
  it('shows hardship and the work opt-out, with the flag it suggests', () => {
    const view = viewOf("I lost my job and can't pay, please stop calling me at work");
    const kinds = view.items.map((item) => item.kind);
    expect(kinds).toEqual(expect.arrayContaining(['hardship', 'channel-opt-out']));
    const optOut = view.items.find((item) => item.kind === 'channel-opt-out');
    expect(optOut).toMatchObject({
      excerpt: 'please stop calling me at work',
      label: 'signals.kind.channel-opt-out',
      action: 'signals.action.channel-opt-out',
      details: ['signals.channel.phone', 'signals.place.work'],
      suggestedFlags: ['do-not-call'],
    });
    expect(view.signposting).toBeUndefined();
  });

  it('puts self-harm first, with the procedure prompt and the signposting line', () => {
    const view = viewOf(
      "This is ridiculous, I don't owe this. Honestly I can't go on anymore, I want to end it all.",
    );
    expect(view.items[0]).toMatchObject({
      kind: 'vulnerability',
      selfHarm: true,
      action: 'signals.action.self-harm',
    });
    expect(view.items.map((item) => item.kind)).toContain('dispute');
    expect(view.signposting).toBe(selfHarmSignposting);
    expect(en[selfHarmSignposting]).toMatch(/Samaritans.*988/);
    expect(es[selfHarmSignposting]).toMatch(/024.*988/);
  });

  it('puts a cease before a promise written first, and keeps the promise amount and day', () => {
    const view = viewOf('I can pay £50 on Friday. Stop contacting me.');
    expect(view.items.map((item) => item.kind)).toEqual(['cease', 'promise']);
    expect(view.items[1]?.promise).toEqual({
      amount: { minor: 5000, currency: 'GBP' },
      date: '2026-12-04',
    });
    expect(view.items[1]?.suggestedFlags).toEqual([]);
  });

  it('shows words repeated in an older comment once, from the newest', () => {
    const view = viewOf('Stop contacting me.', 'Stop contacting me.');
    expect(view.items).toHaveLength(1);
    expect(view.items[0]?.commentId).toBe('1');
  });

  it('shows nothing for an everyday reply', () => {
    expect(viewOf('Thanks, got it.')).toEqual({ items: [] });
  });

  it('every label, action and detail code is in both catalogs', () => {
    const view = viewOf(
      "Stop calling me at work. I lost my job, I can't cope and I want to end it all. I've filed for bankruptcy.",
    );
    for (const item of view.items) {
      for (const code of [item.label, item.action, ...item.details]) {
        expect(en[code]).toBeDefined();
        expect(es[code]).toBeDefined();
      }
    }
  });
});

const rankOf = (kind: string, selfHarm: boolean): number =>
  selfHarm
    ? 0
    : ({ vulnerability: 1, cease: 2, dispute: 3, bankruptcy: 4, 'breathing-space': 4, deceased: 5 }[
        kind
      ] ?? 6);

describe('signalsView order (property)', () => {
  const signal = fc.record({
    kind: fc.constantFrom(...signalKinds),
    selfHarm: fc.boolean(),
    start: fc.nat(500),
    excerpt: fc.string({ minLength: 1, maxLength: 12 }),
  });
  it('never shows a later-ranked signal above a safety one, and loses no distinct signal', () => {
    fc.assert(
      fc.property(fc.array(signal, { maxLength: 12 }), (raw) => {
        const signals: Signal[] = raw.map((entry) => ({
          kind: entry.kind,
          start: entry.start,
          end: entry.start + entry.excerpt.length,
          excerpt: entry.excerpt,
          confidence: 0.9,
          ruleRef: '',
          action:
            entry.selfHarm && entry.kind === 'vulnerability'
              ? 'signals.action.self-harm'
              : `signals.action.${entry.kind}`,
          frame: 'test',
          ...(entry.selfHarm && entry.kind === 'vulnerability' ? { selfHarm: true as const } : {}),
        }));
        const view = signalsView([{ commentId: 'c', reading: { locale: 'en', signals } }]);
        const ranks = view.items.map((item) => rankOf(item.kind, item.selfHarm));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        const distinct = new Set(signals.map((s) => `${s.kind}:${s.excerpt.trim().toLowerCase()}`));
        expect(view.items).toHaveLength(distinct.size);
        expect(view.signposting !== undefined).toBe(signals.some((s) => s.selfHarm));
      }),
    );
  });
});
