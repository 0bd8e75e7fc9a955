/** The app inside the ZAF iframe: theme, host, language, and the component for this location. */
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { ClientProvider, useHost, type ClientProviderProps } from './ClientProvider';
import { I18nProvider, useI18n, WholeCatalog } from './i18n';
import {
  componentFor,
  paintsBeforeWholeCatalog,
  preloadBesideLocation,
  preloadLocation,
} from './locations';
import { useResizeToContent } from './resize';

function Location() {
  const { context, client } = useHost();
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  useResizeToContent(client, root);
  const Panel = componentFor(context.location);
  const loading = <Skeleton aria-label={t('loading')} />;
  return (
    // Garden components set their own fonts; plain text between them takes Zendesk's system stack too.
    <div
      ref={root}
      style={{
        padding: '4px 2px 12px',
        fontFamily: DEFAULT_THEME.fonts.system,
        fontSize: DEFAULT_THEME.fontSizes.md,
      }}
    >
      <Suspense fallback={loading}>
        {Panel === undefined ? (
          <p>{t('app.unsupportedLocation', { location: context.location })}</p>
        ) : paintsBeforeWholeCatalog(context.location) ? (
          <Panel />
        ) : (
          <WholeCatalog fallback={loading}>
            <Panel />
          </WholeCatalog>
        )}
      </Suspense>
    </div>
  );
}

function WithAgentLanguage({ children }: { children: ReactNode }) {
  const { agentLocale, context } = useHost();
  // The host is connected and the opening reads are out: what follows the first paint may load.
  useEffect(() => preloadBesideLocation(context.location), [context.location]);
  // The agent's catalog loads now (its own chunk, beside the location's): the skeleton stays until it
  // has arrived, so no message key ever shows.
  return (
    <I18nProvider locale={agentLocale} fallback={<Skeleton />}>
      {children}
    </I18nProvider>
  );
}

/** The whole sidebar app; tests pass `createClient` (a fake ZAF client), `sleep` and `clock`. */
export function App(props: Omit<ClientProviderProps, 'children' | 'fallback'>) {
  return (
    <ThemeProvider>
      <ClientProvider {...props} fallback={<Skeleton />} onRegistered={preloadLocation}>
        <WithAgentLanguage>
          <Location />
        </WithAgentLanguage>
      </ClientProvider>
    </ThemeProvider>
  );
}
