import { describe, expect, it } from '@jest/globals';
import { outreachLocale } from './outreach-locale';

describe('outreachLocale', () => {
  it('writes in the customer’s language, with their own variant’s amounts and dates', () => {
    expect(outreachLocale('es-MX', 'en')).toEqual({ language: 'es', format: 'es-MX' });
    expect(outreachLocale('en-GB', 'es')).toEqual({ language: 'en', format: 'en-GB' });
  });

  it('falls back to the company’s language, never formatting in a language it does not write', () => {
    expect(outreachLocale('fr-FR', 'es')).toEqual({ language: 'es', format: 'es' });
    expect(outreachLocale(undefined, 'es-419')).toEqual({ language: 'es', format: 'es' });
    expect(outreachLocale(undefined, undefined)).toEqual({ language: 'en', format: 'en' });
  });

  it('writes in the language the agent chose, in the customer’s variant when it is theirs', () => {
    expect(outreachLocale('es-MX', 'en', 'en')).toEqual({ language: 'en', format: 'en' });
    expect(outreachLocale('es-MX', 'en', 'es')).toEqual({ language: 'es', format: 'es-MX' });
  });
});
