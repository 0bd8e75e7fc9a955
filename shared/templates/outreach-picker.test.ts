import { describe, expect, it } from '@jest/globals';
import { err, ok } from '../ports';
import { heldReplies } from '../testing/controller-ports';
import type { TemplateError } from './render';
import { createOutreachPicker } from './outreach-picker';
import type { TemplateId } from './types';

const templates = [
  { id: 'early-reminder', title: 'Early reminder' },
  { id: 'broken-promise', title: 'Broken promise' },
] as const;

/** A picker over two templates whose fills the test answers. */
function picker(paymentLink = 'https://pay.example/acme') {
  const fills = heldReplies<
    [TemplateId, string],
    ReturnType<typeof ok> | { ok: false; error: TemplateError | { code: string } }
  >();
  const form = createOutreachPicker({ templates, paymentLink, fill: fills.call });
  return { form, fills, snapshot: form.getSnapshot };
}

describe('the new-ticket template picker', () => {
  it('starts on the first template with the settings’ link, and fills what the agent chose', async () => {
    const { form, fills, snapshot } = picker();
    expect(snapshot()).toEqual({
      chosen: 'early-reminder',
      paymentLink: 'https://pay.example/acme',
      outcome: undefined,
    });
    form.choose('broken-promise');
    form.typeLink('https://pay.example/maria');
    void form.fill();
    expect(fills.calls.map((call) => call.args)).toEqual([
      ['broken-promise', 'https://pay.example/maria'],
    ]);
    await fills.calls[0]?.answer(ok(undefined));
    expect(snapshot().outcome).toEqual({ kind: 'filled', title: 'Broken promise' });
  });

  it('names the values a template still needs, and says when the host refused', async () => {
    const { form, fills, snapshot } = picker('');
    void form.fill();
    const missing = { code: 'missing-values', placeholders: ['paymentLink'], message: '' } as const;
    await fills.calls[0]?.answer(err({ ...missing, placeholders: [...missing.placeholders] }));
    expect(snapshot().outcome).toEqual({ kind: 'missing', placeholders: ['paymentLink'] });
    void form.fill();
    await fills.calls[1]?.answer(err({ code: 'editor-unavailable' }));
    expect(snapshot().outcome).toEqual({ kind: 'failed' });
  });

  it('ignores a choice that is not one of its templates, and fills nothing without templates', async () => {
    const { form, snapshot } = picker();
    form.choose('no-such-template');
    expect(snapshot().chosen).toBe('early-reminder');
    const empty = createOutreachPicker({
      templates: [],
      paymentLink: '',
      fill: () => Promise.resolve(ok(undefined)),
    });
    await empty.fill();
    expect(empty.getSnapshot().outcome).toBeUndefined();
  });
});
