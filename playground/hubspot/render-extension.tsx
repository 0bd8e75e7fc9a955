/**
 * Draws what an entry passed to `hubspot.extend` renders, as HubSpot would: called with the page's
 * context and actions, rendered into a remote root, and drawn with the preview's plain DOM
 * components (a component the preview lacks shows a note saying so). Shared by the contact page and
 * the outcomes page.
 */
import { createRemoteRoot } from '@remote-ui/core';
import { createRoot as createRemoteReactRoot } from '@remote-ui/react';
import { createController, createRemoteReceiver, RemoteRenderer } from '@remote-ui/react/host';
import { isValidElement } from 'react';
import { createRoot } from 'react-dom/client';
import { previewComponents } from './preview-components';
import { extension, provideExtensionApi } from './worker-globals';

/** Renders the entry's extension with `context` and `actions` into `root`. */
export function renderExtension(api: { context: unknown; actions: unknown }, root: HTMLElement) {
  provideExtensionApi(api);
  const rendered = extension()({
    ...api,
    runServerlessFunction: () => Promise.reject(new Error('not used')),
  });
  if (!isValidElement(rendered)) throw new Error('hubspot.extend did not return a React element');

  const receiver = createRemoteReceiver();
  const remoteRoot = createRemoteRoot(receiver.receive);
  createRemoteReactRoot(remoteRoot).render(rendered);
  void remoteRoot.mount();

  const known = new Set(Object.keys(previewComponents));
  const controller = createController(previewComponents, {
    renderComponent(props, { renderDefault }) {
      if (known.has(props.component.type)) return renderDefault();
      return (
        <p key={props.key} role="note" data-unsupported={props.component.type}>
          The preview has no component for {props.component.type}; add it to
          playground/hubspot/preview-components.tsx.
        </p>
      );
    },
  });
  createRoot(root).render(<RemoteRenderer receiver={receiver} controller={controller} />);
}
