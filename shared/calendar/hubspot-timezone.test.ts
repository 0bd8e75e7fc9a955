import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeHubSpotTimeZone, encodeHubSpotTimeZone } from './hubspot-timezone';

const zones = Intl.supportedValuesOf('timeZone');

describe('hs_timezone decoding', () => {
  it('gives every IANA zone back from its HubSpot option value', () => {
    for (const zone of zones) expect(decodeHubSpotTimeZone(encodeHubSpotTimeZone(zone))).toBe(zone);
  });

  it('property: encode then decode is the identity, whatever case the value arrives in', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.boolean(), (zone, upper) => {
        const encoded = encodeHubSpotTimeZone(zone);
        expect(encoded).toBe(encoded.toLowerCase());
        expect(encoded).not.toMatch(/[/-]/);
        expect(decodeHubSpotTimeZone(upper ? encoded.toUpperCase() : encoded)).toBe(zone);
      }),
    );
  });

  it('property: whatever it returns is a zone the runtime accepts', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const zone = decodeHubSpotTimeZone(value);
        if (zone !== undefined)
          expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
      }),
    );
  });

  it('decodes the values the two old copies disagreed on, canonically', () => {
    expect(decodeHubSpotTimeZone('america_slash_port_hyphen_au_hyphen_prince')).toBe(
      'America/Port-au-Prince',
    );
    expect(decodeHubSpotTimeZone('africa_slash_dar_es_salaam')).toBe('Africa/Dar_es_Salaam');
    expect(decodeHubSpotTimeZone('america_slash_new_york')).toBe('America/New_York');
    expect(decodeHubSpotTimeZone('europe_slash_madrid')).toBe('Europe/Madrid');
  });

  it('takes IANA names as they are and refuses what no runtime knows', () => {
    expect(decodeHubSpotTimeZone('America/Chicago')).toBe('America/Chicago');
    expect(decodeHubSpotTimeZone('UTC')).toBe('UTC');
    expect(decodeHubSpotTimeZone('mars_slash_olympus')).toBeUndefined();
    expect(decodeHubSpotTimeZone('')).toBeUndefined();
    expect(decodeHubSpotTimeZone(null)).toBeUndefined();
    expect(decodeHubSpotTimeZone(undefined)).toBeUndefined();
  });
});
