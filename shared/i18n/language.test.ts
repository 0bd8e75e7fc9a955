import { describe, expect, it } from '@jest/globals';
import { baseLanguage, languageIn } from './language';

describe('the language of a locale', () => {
  it('reads tags and POSIX-style locales in any case', () => {
    expect(['es', 'es-419', 'ES_mx', ' en-GB ', 'pt-br'].map(baseLanguage)).toEqual([
      'es',
      'es',
      'es',
      'en',
      'pt',
    ]);
    expect([undefined, '', '  '].map(baseLanguage)).toEqual([undefined, undefined, undefined]);
  });

  it('names a supported language, and leaves the fallback to the caller', () => {
    const spoken = ['en', 'es'] as const;
    expect(languageIn('es-MX', spoken)).toBe('es');
    expect(languageIn('pt-BR', spoken)).toBeUndefined();
    expect(languageIn(undefined, spoken)).toBeUndefined();
    // 'estonian' is not Spanish: the whole base language must match, not its first letters.
    expect(languageIn('et-EE', spoken)).toBeUndefined();
    const isSpanish = (language: string): language is 'es' => language === 'es';
    expect(languageIn('es_ES', isSpanish)).toBe('es');
    expect(languageIn('en', isSpanish)).toBeUndefined();
  });
});
