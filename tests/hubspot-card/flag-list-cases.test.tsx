// The shared flag list cases (shared/testing/flag-list-cases.ts) through the card: the contact's
// flags from our backend listed as shared/history/view.ts decides, each with its line and its own
// Clear, as on the Zendesk sidebar.
import { describe, expect, it } from '@jest/globals';
import { Button, StatusTag, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { HistoryPanel } from '../../apps/hubspot/card/ui/panels/history/HistoryPanel';
import { setFlagLine } from '../../shared/history/view-words';
import { createTranslator } from '../../shared/i18n';
import { flagListCases } from '../../shared/testing/flag-list-cases';
import { server } from '../../mocks/node';
import {
  collectionsHandler,
  collectionsReply,
  createTestServices,
  engagementsHandler,
  settingsHandler,
  patiently,
} from './factories';

const t = createTranslator('en');

describe('HubSpot card: the shared flag list cases', () => {
  it.each(flagListCases)('$name', async (c) => {
    const flags = c.flags.map(({ raisedBy, ...flag }) => ({ ...flag, source: raisedBy }));
    const reply = collectionsReply({ timeZone: 'America/Chicago', flags });
    server.use(settingsHandler(), collectionsHandler(reply), engagementsHandler());
    const renderer = createRenderer('crm.record.tab');
    renderer.render(
      <Card
        services={createTestServices()}
        panels={[{ id: 'history', title: 'history.title', Panel: HistoryPanel }]}
      />,
    );
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'guard-call')).toBeTruthy(),
      patiently,
    );

    const listed = renderer
      .findAll(Tag)
      .flatMap((tag) => (tag.props.testId?.startsWith('history-flag-') ? [tag.text] : []));
    expect(listed).toEqual(c.listed.map((kind) => t(`history.flags.name.${kind}`)));
    expect(renderer.maybeFindByTestId(Text, 'flags-none') !== null).toBe(c.listed.length === 0);
    const texts = renderer.findAll(Text).map((text) => text.text);
    for (const flag of c.flags) {
      expect(texts).toContain(setFlagLine(t, flag, 'en'));
      const clear = renderer.findByTestId(Button, `flag-clear-${flag.kind}`);
      expect(clear.text).toBe(t('history.flags.clearOne'));
    }
  });
});
