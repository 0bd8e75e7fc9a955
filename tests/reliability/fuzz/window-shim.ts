// The ZAF SDK reads `window.Promise` when it loads; the Zendesk adapter modules import it, so node
// runners alias `window` before loading them (nothing here calls the SDK).
const scope = globalThis as { window?: unknown };
scope.window ??= globalThis;
export {};
