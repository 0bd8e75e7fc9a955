import { describe, expect, it } from '@jest/globals';
import { money } from '../money/money';
import { checkTone } from '../tone';
import { outreachTemplates } from './library';
import { renderTemplate, type TemplateValues } from './render';

// Realistic customers in the places Tactful's customers collect: US, UK, Spain, Mexico.
const customers: { locale: string; values: TemplateValues }[] = [
  {
    locale: 'en-US',
    values: {
      customerName: 'Jordan Miller',
      amount: money(48999, 'USD'),
      dueDate: '2026-12-15',
      paymentLink: 'https://billing.example.com/pay/inv-20931',
      agentName: 'Priya Shah',
      companyName: 'Northwind Internet',
    },
  },
  {
    locale: 'en-GB',
    values: {
      customerName: "Siobhan O'Neill",
      amount: money(1250000, 'GBP'),
      dueDate: '2027-01-04',
      paymentLink: 'https://pay.example.co.uk/a/77310',
      agentName: 'Tom',
      companyName: 'Thames Water Services',
    },
  },
  {
    locale: 'es-ES',
    values: {
      customerName: 'Lucía Fernández',
      amount: money(32075, 'EUR'),
      dueDate: '2026-11-30',
      paymentLink: 'https://pagos.example.es/f/5521',
      agentName: 'Javier',
      companyName: 'Energía Clara',
    },
  },
  {
    locale: 'es-MX',
    values: {
      customerName: 'José Hernández',
      amount: money(1500000, 'MXN'),
      dueDate: '2027-02-28',
      paymentLink: 'https://pagos.example.mx/c/9012',
      agentName: 'Ana',
      companyName: 'Telecom del Norte',
    },
  },
];

describe('every outreach template passes the tone check', () => {
  for (const template of outreachTemplates) {
    const places = customers.filter((customer) => customer.locale.startsWith(template.locale));
    for (const { locale, values } of places) {
      it(`${template.locale} ${template.id} for a customer in ${locale}`, () => {
        const rendered = renderTemplate(template, values, locale);
        if (!rendered.ok) throw new Error(rendered.error.message);
        for (const toneLocale of [template.locale, 'auto']) {
          const result = checkTone(rendered.value, { locale: toneLocale });
          const problems = result.findings
            .filter((finding) => finding.severity !== 'info')
            .map((finding) => `${finding.category} "${finding.excerpt}": ${finding.reason}`);
          expect({ verdict: result.verdict, locale: result.locale, problems }).toEqual({
            verdict: 'ok',
            locale: template.locale,
            problems: [],
          });
        }
      });
    }
  }
});
