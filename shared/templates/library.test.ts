import { describe, expect, it } from '@jest/globals';
import { findTemplate, outreachTemplates, templatesFor } from './library';
import { placeholdersIn } from './render';
import { defineTemplates, templateIds, templateLocales, templatePlaceholders } from './types';

describe('the outreach template library', () => {
  it('has every template in English and Spanish, once each', () => {
    expect(outreachTemplates).toHaveLength(templateIds.length * templateLocales.length);
    for (const locale of templateLocales) {
      expect(templatesFor(locale).map((template) => template.id)).toEqual([...templateIds]);
    }
    expect(findTemplate('hardship-support', 'es').title).toBe(
      'Apoyo en dificultades y asesoramiento gratuito',
    );
  });

  it('uses only known placeholders', () => {
    for (const template of outreachTemplates) {
      const unknown = placeholdersIn(template.body).filter(
        (name) => !(templatePlaceholders as readonly string[]).includes(name),
      );
      expect({ id: template.id, locale: template.locale, unknown }).toEqual({
        id: template.id,
        locale: template.locale,
        unknown: [],
      });
      // A stray brace means a placeholder the pattern did not see, e.g. "{customerName}}".
      expect(template.body.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/[{}]/);
    }
  });

  it('refuses an unknown placeholder when the library compiles', () => {
    const fine = { title: 'Fine', body: 'Hi {{customerName}}' } as const;
    const build = () =>
      defineTemplates({
        // @ts-expect-error -- "customerNmae" is not a placeholder, so this body must not compile.
        'early-reminder': { title: 'Typo', body: 'Hi {{customerNmae}}' },
        'first-missed-payment': fine,
        'broken-promise': fine,
        'plan-confirmation': fine,
        'hardship-support': fine,
        'dispute-acknowledgement': fine,
        'balance-cleared': fine,
      });
    expect(build).not.toThrow();
  });

  it('is plain text, with no HTML', () => {
    for (const template of outreachTemplates) {
      expect(template.body).not.toMatch(/<[a-z/!]|&[a-z#]+;/i);
      expect(template.title).not.toMatch(/[<>{}]/);
    }
  });

  it('never puts punctuation right after the payment link, where mail apps would link it too', () => {
    for (const template of outreachTemplates) {
      expect(template.body).not.toMatch(/\{\{paymentLink\}\}[^\s]/);
    }
  });

  it('greets the customer by name and signs off with the agent and company', () => {
    for (const template of outreachTemplates) {
      expect(template.body.startsWith('H')).toBe(true);
      expect(template.body).toMatch(/\{\{customerName\}\}/);
      expect(template.body.trimEnd().endsWith('{{agentName}}\n{{companyName}}')).toBe(true);
    }
  });

  it('offers a way to stop contact on this channel in every reminder (Reg F §1006.6(e))', () => {
    for (const id of ['early-reminder', 'first-missed-payment', 'broken-promise'] as const) {
      expect(findTemplate(id, 'en').body).toContain(
        "If you'd rather we didn't contact you this way",
      );
      expect(findTemplate(id, 'es').body).toContain(
        'Si prefiere que no le contactemos por este medio',
      );
    }
  });

  it('signposts free debt advice in the hardship response, in both languages', () => {
    for (const locale of templateLocales) {
      const body = findTemplate('hardship-support', locale).body;
      for (const adviser of ['moneyhelper.org.uk', 'stepchange.org', 'nfcc.org']) {
        expect(body).toContain(adviser);
      }
    }
  });
});
