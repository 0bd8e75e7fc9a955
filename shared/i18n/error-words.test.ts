import { httpErrorCodes } from '../ports';
import hubspotEn from './compiled/hubspot-en.json';
import hubspotEs from './compiled/hubspot-es.json';
import { errorWords, retryHelps, type BackendErrorCode, type SidebarError } from './error-words';
import { createTranslator } from './translate';

const backendCodes: BackendErrorCode[] = [
  ...httpErrorCodes,
  'not-installed',
  'reinstall-needed',
  'daily-limit',
];
const sidebarErrors: SidebarError[] = [
  ...httpErrorCodes.map((code) => ({ code })),
  { code: 'host' },
  { code: 'invalid-balance', value: 'lots', currency: 'EUR' },
  { code: 'invalid-currency', value: 'euros' },
  { code: 'invalid-due-date', value: 'soon' },
  { code: 'reason-required' },
  { code: 'reason-too-long', max: 500 },
];
const cardCatalogs = { en: hubspotEn, es: hubspotEs };

describe.each(['en', 'es'] as const)('error words in %s', (language) => {
  const t = createTranslator(language, cardCatalogs);
  // A missing key comes back as the key, and a missing value as the message's source.
  const worded = (text: string) => expect(text).not.toMatch(/^(card\.)?errors\.|\{|^history\./);

  it.each(backendCodes)('the HubSpot card words %s with a title and a sentence', (code) => {
    const words = errorWords(t, { host: 'hubspot', error: { code } });
    worded(words.title);
    worded(words.body);
    expect(words.body).not.toBe(words.title);
  });

  it.each(sidebarErrors.map((error) => [error.code, error] as const))(
    'the Zendesk sidebar words %s',
    (_, error) => {
      const words = errorWords(t, { host: 'zendesk', error });
      worded(words.title);
      worded(words.body);
    },
  );

  it('puts the values the agent needs into the sentence', () => {
    const body = (error: SidebarError) => errorWords(t, { host: 'zendesk', error }).body;
    expect(body({ code: 'invalid-balance', value: 'lots', currency: 'EUR' })).toContain('lots');
    expect(body({ code: 'invalid-due-date', value: 'soon' })).toContain('soon');
    expect(body({ code: 'reason-too-long', max: 500 })).toContain('500');
  });

  it('says the same HTTP failure for each host in its own words', () => {
    const zendesk = errorWords(t, { host: 'zendesk', error: { code: 'rate-limited' } });
    const hubspot = errorWords(t, { host: 'hubspot', error: { code: 'rate-limited' } });
    expect(zendesk.body).not.toBe(hubspot.body);
  });
});

describe('retryHelps', () => {
  it('offers Retry for every failure but a used-up daily limit', () => {
    expect(backendCodes.filter((code) => !retryHelps(code))).toEqual(['daily-limit']);
  });
});
