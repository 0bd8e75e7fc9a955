// Agent feedback on the tone check in a real browser: the built Zendesk app in the playground's
// ticket page, with an admin who turned feedback on. The buttons and the note are labelled, axe
// finds nothing serious, and one click writes one record to the mock account.
import { expect } from '@jest/globals';
import { toneFeedbackFromRecord, toneFeedbackObjectKey } from '../../shared/feedback';
import { describeInBrowser, eventually, expectAccessible } from './playground';
import { maria, openTicket, replyAndAwaitFinding } from './zendesk-ticket';

describeInBrowser(
  'Zendesk ticket page: agent feedback on the tone check (real browser)',
  (session) => {
    session.test(
      'records "This finding is wrong" with the note, and thanks the agent',
      async (page) => {
        const app = await openTicket(session, page, maria, 'feedback=on');
        const world = session.playground().zendeskWorld;
        const before = (world.customObjectRecords.get(toneFeedbackObjectKey) ?? []).length;

        const { tone } = await replyAndAwaitFinding(
          page,
          app,
          'Hi Maria, you have ignored our emails about the October invoice.',
          'you have ignored our emails',
        );
        const wrong = tone.getByRole('button', { name: /^This finding is wrong: “/ }).first();
        await wrong.waitFor();
        const missed = tone.getByRole('button', { name: 'Tactful missed something' });
        await expect(missed.isVisible()).resolves.toBe(true);
        const note = tone.getByLabel('Note for the Tactful team (optional)');
        await expectAccessible(page);

        await note.fill('We use this wording with customers who asked for it.');
        await wrong.click();

        await tone.getByText('Thanks: your feedback was recorded.').waitFor();
        const records = await eventually(
          () => world.customObjectRecords.get(toneFeedbackObjectKey) ?? [],
          (all) => all.length === before + 1,
        );
        const record = records.at(-1);
        if (record === undefined) throw new Error('no record');
        const read = toneFeedbackFromRecord(record);
        if (!read.ok) throw new Error(read.error);
        expect(read.value).toMatchObject({
          kind: 'wrong-finding',
          locale: 'en',
          note: 'We use this wording with customers who asked for it.',
        });
        // The playground's admin did not allow drafts: none is kept.
        expect(read.value.draft).toBeUndefined();
        await expectAccessible(page);
      },
    );
  },
);
