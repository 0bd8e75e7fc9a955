/** Assembles the HubSpot project into dist/hubspot. Filled in by the HubSpot shell. */
export async function buildHubspot(): Promise<void> {
  console.log('build hubspot: not built yet');
}
