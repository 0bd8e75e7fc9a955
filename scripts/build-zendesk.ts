/** Builds the Zendesk app into dist/zendesk. Filled in by the Zendesk shell. */
export async function buildZendesk(): Promise<void> {
  console.log('build zendesk: not built yet');
}
