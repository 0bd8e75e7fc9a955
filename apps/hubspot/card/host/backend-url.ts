/**
 * The public HTTPS base URL of our backend, as the card calls it. It must be covered by
 * `permittedUrls.fetch` in manifests/hubspot/src/app/app-hsmeta.json (a packaging test checks it);
 * `npm run build` replaces it in both places when TACTFUL_HUBSPOT_BACKEND_URL is set.
 */
export const backendBaseUrl = 'https://hubspot.tactful.app';
