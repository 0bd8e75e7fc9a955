/** Outreach templates in English: warm, plain words, an open door to talk, and a way to opt out. */
import { defineTemplates } from './types';

export const en = defineTemplates({
  'early-reminder': {
    title: 'Early reminder before the due date',
    body: `Hi {{customerName}},

This is a friendly reminder that your payment of {{amount}} is due on {{dueDate}}. If it's easier, you can pay online here: {{paymentLink}}

If that date doesn't suit you, just reply and we can look at another date or a payment plan together.

If you'd rather we didn't contact you this way, reply and let us know.

Thanks,
{{agentName}}
{{companyName}}`,
  },
  'first-missed-payment': {
    title: 'First missed payment',
    body: `Hi {{customerName}},

I'm getting in touch because we haven't received the payment of {{amount}} that was due on {{dueDate}}. It may simply have slipped through, or something may have changed for you. Either way, we're here to help.

You can pay online here: {{paymentLink}}

If now isn't a good time, reply to this message and we can agree a new date or a plan that works for you. Can you tell me what would help most?

If you'd rather we didn't contact you this way, reply and let us know.

Kind regards,
{{agentName}}
{{companyName}}`,
  },
  'broken-promise': {
    title: 'After a missed arrangement',
    body: `Hi {{customerName}},

We were expecting a payment of {{amount}} on {{dueDate}} as part of the arrangement we agreed, and it hasn't reached us yet. I understand that plans sometimes need to change.

If the amount or the date no longer works for you, let's find one that does. You can reply to this message, or pay at {{paymentLink}} whenever you're ready.

If you'd rather we didn't contact you this way, reply and let us know.

Best wishes,
{{agentName}}
{{companyName}}`,
  },
  'plan-confirmation': {
    title: 'Payment plan confirmation',
    body: `Hi {{customerName}},

Thank you for setting up a payment plan with us. Your first payment of {{amount}} is due on {{dueDate}}. You can pay online here: {{paymentLink}}

If your circumstances change, please let us know and we'll review the plan with you.

Thanks again,
{{agentName}}
{{companyName}}`,
  },
  'hardship-support': {
    title: 'Hardship support and free debt advice',
    body: `Hi {{customerName}},

Thank you for telling us about your situation. I'm sorry things are difficult at the moment, and I want to make sure we find an arrangement that works for you.

We can look at options together, such as smaller payments, a longer plan or a short break from payments. Can you tell me roughly what you could manage each month, if anything?

You may also find free, confidential debt advice helpful:
- In the UK: MoneyHelper (moneyhelper.org.uk) or StepChange (stepchange.org)
- In the US: a non-profit credit counseling agency through the NFCC (nfcc.org)

Take your time, and reply whenever you're ready.

Best wishes,
{{agentName}}
{{companyName}}`,
  },
  'dispute-acknowledgement': {
    title: 'Dispute acknowledgement',
    body: `Hi {{customerName}},

Thank you for letting us know that you disagree with the balance of {{amount}}. We've paused all payment requests on this account while we look into it, and we won't ask you for payment until we've replied.

If you have any documents or details that would help, you can send them by replying to this message. We'll write to you with what we find.

Kind regards,
{{agentName}}
{{companyName}}`,
  },
  'balance-cleared': {
    title: 'Balance cleared',
    body: `Hi {{customerName}},

Good news: we've received your payment of {{amount}}, and your balance with {{companyName}} is now fully paid. There's nothing more you need to do.

Thank you for working with us. If you have any questions, just reply to this message.

Best wishes,
{{agentName}}
{{companyName}}`,
  },
});
