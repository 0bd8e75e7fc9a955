/** The browser entry loaded by assets/index.html inside Zendesk's iframe. */
// First: the ZAF handshake starts as this import is evaluated, before React's modules (early-host.ts).
import { earlyConnection } from './early-host';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('assets/index.html must contain <div id="root">');
// No StrictMode: its double-invoked initialisers would start a second ZAF handshake in development.
createRoot(container).render(<App early={earlyConnection} />);
