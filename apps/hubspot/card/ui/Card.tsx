/**
 * The Tactful card: the admin's setup checklist (only while setup is incomplete), then its panels,
 * one under the other, each behind its own error boundary.
 */
import { Divider, Flex, Heading } from '@hubspot/ui-extensions';
import { Fragment } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { KitProvider } from '../../../react/kit';
import { FlagRequestProvider } from './flag-request';
import { hubspotKit } from './kit';
import { CardI18nProvider, useCardI18n } from './i18n';
import { PanelBoundary } from './PanelBoundary';
import { SetupPanel } from './panels/setup/SetupPanel';
import { cardPanels, type CardPanel } from './panels';
import { CardServicesProvider, type CardServices } from './services';

/** A section's name above it, in the user's language. */
function SectionHeading({ title }: { title: MessageKey }) {
  const { t } = useCardI18n();
  return <Heading>{t(title)}</Heading>;
}

/** The whole card for one contact, given its services (and, for tests, its panels). */
export function Card(props: { services: CardServices; panels?: readonly CardPanel[] }) {
  const panels = props.panels ?? cardPanels;
  return (
    <CardServicesProvider services={props.services}>
      <CardI18nProvider
        locale={props.services.crm.scope.userLocale}
        backend={props.services.backend}
      >
        <FlagRequestProvider>
          <KitProvider kit={hubspotKit}>
            <Flex direction="column" gap="medium">
              <PanelBoundary title="card.setup.title">
                <SetupPanel />
              </PanelBoundary>
              {panels.map(({ id, title, headed, Panel }, index) => (
                <Fragment key={id}>
                  {index > 0 ? <Divider /> : null}
                  {headed ? <SectionHeading title={title} /> : null}
                  <PanelBoundary title={title}>
                    <Panel />
                  </PanelBoundary>
                </Fragment>
              ))}
            </Flex>
          </KitProvider>
        </FlagRequestProvider>
      </CardI18nProvider>
    </CardServicesProvider>
  );
}
