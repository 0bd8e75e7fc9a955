/**
 * HubSpot's `hs_timezone` option values: an IANA zone lower-cased, with `/` written `_slash_` and
 * `-` written `_hyphen_` (`_` is kept): `America/Port-au-Prince` is `america_slash_port_hyphen_au_hyphen_prince`.
 * Decoding gives the canonical IANA spelling back. The card and the server both read it from here.
 */

let canonicalByLowerCase: ReadonlyMap<string, string> | undefined;

/** The runtime's IANA zones keyed by their lower-case spelling (built once, on first use). */
function canonicalZones(): ReadonlyMap<string, string> {
  canonicalByLowerCase ??= new Map(
    Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]),
  );
  return canonicalByLowerCase;
}

/** HubSpot's option value for an IANA zone (`America/New_York` → `america_slash_new_york`). */
export function encodeHubSpotTimeZone(zone: string): string {
  return zone.toLowerCase().replaceAll('/', '_slash_').replaceAll('-', '_hyphen_');
}

/**
 * The canonical IANA zone for an `hs_timezone` option value, or for an IANA name given as is
 * (`America/Chicago`, `UTC`, any case); undefined when empty or when the runtime does not know it.
 */
export function decodeHubSpotTimeZone(value: string | null | undefined): string | undefined {
  const candidate = value
    ?.trim()
    .replaceAll(/_slash_/gi, '/')
    .replaceAll(/_hyphen_/gi, '-');
  if (candidate === undefined || candidate === '') return undefined;
  const known = canonicalZones().get(candidate.toLowerCase());
  if (known !== undefined) return known;
  // Names outside the canonical list (`UTC`, links such as `US/Eastern`): the runtime resolves them.
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: candidate }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
