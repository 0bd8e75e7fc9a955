/** The first-run checklist as each host lists it, over the cases both hosts are tested against. */
import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { firstRunCases, listedFor } from '../testing/first-run-cases';
import { firstRunDone, firstRunStepWords, firstRunView } from './first-run-view';

describe('firstRunView: the shared cases', () => {
  it.each(firstRunCases)('$name', (c) => {
    const checklist = {
      fieldsMapped: c.done.includes('fieldsMapped'),
      policySet: c.done.includes('policySet'),
      outreachSet: c.done.includes('outreachSet'),
      testDraftChecked: c.done.includes('testDraftChecked'),
    };
    for (const host of ['zendesk', 'hubspot'] as const) {
      const listed = firstRunView({ host, checklist });
      expect(listed.map((step) => [step.step, step.state, step.emphasis])).toEqual(
        listedFor(host, c),
      );
    }
  });
});

describe('firstRunDone', () => {
  const allDone = { fieldsMapped: true, policySet: true, testDraftChecked: true };
  it('asks only for the steps the host lists', () => {
    expect(firstRunDone({ host: 'zendesk', checklist: allDone })).toBe(true);
    expect(firstRunDone({ host: 'hubspot', checklist: { ...allDone, outreachSet: false } })).toBe(
      false,
    );
  });
});

describe('firstRunStepWords', () => {
  it('words the sidebar’s steps, each Done or To do (the card’s words are its catalog’s: tests/hubspot-card)', () => {
    const t = createTranslator('en');
    const checklist = { fieldsMapped: true, policySet: false, testDraftChecked: false };
    expect(
      firstRunStepWords(t, { host: 'zendesk', checklist }).map((s) => [s.label, s.state]),
    ).toEqual([
      ['Balance, currency and due-date fields mapped', 'Done'],
      ['Payment-plan policy set', 'To do'],
      ['A test draft checked', 'To do'],
    ]);
  });
});
