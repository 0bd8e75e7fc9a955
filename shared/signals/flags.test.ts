/** Which flag one click sets from a signal, the same in both hosts. */
import { describe, expect, it } from '@jest/globals';
import { readCustomerMessage, suggestedFlags } from '.';

const flagsFor = (text: string) =>
  readCustomerMessage(text, { locale: 'en' }).signals.flatMap((signal) => suggestedFlags(signal));

describe('suggestedFlags', () => {
  it.each([
    ['Stop contacting me.', ['cease']],
    ['Please stop calling and texting me.', ['do-not-call', 'do-not-sms']],
    ['Stop emailing my work address.', ['do-not-email']],
    ["I don't owe this, it was my ex's card.", ['dispute']],
    ["I've filed for bankruptcy.", ['bankruptcy']],
    ["I'm in a breathing space at the moment.", ['breathing-space']],
    ['I lost my job in October.', ['vulnerable']],
    ['Stop sending me letters.', []],
    ['This is ridiculous.', []],
  ])('%j suggests %j', (text, flags) => {
    expect(flagsFor(text)).toEqual(flags);
  });
});
