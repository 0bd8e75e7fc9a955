// Types for the ZAF SDK (`zendesk_app_framework_sdk` ships plain CommonJS without types).
// Only the surface Tactful uses is declared; every reply is `unknown` and parsed with zod by callers.
declare module 'zendesk_app_framework_sdk' {
  interface SdkClient {
    get(paths: string | string[]): Promise<unknown>;
    set(path: string, value: unknown): Promise<unknown>;
    invoke(name: string, ...args: unknown[]): Promise<unknown>;
    on(event: string, handler: (data: unknown) => void): void;
    off(event: string, handler: (data: unknown) => void): void;
    request(options: object): Promise<unknown>;
    metadata(): Promise<unknown>;
    context(): Promise<unknown>;
  }
  const ZAFClient: {
    /** The client, or `false` when the page was not opened by Zendesk (no origin/app_guid in the URL). */
    init(callback?: (context: unknown) => void): SdkClient | false;
  };
  export default ZAFClient;
}
