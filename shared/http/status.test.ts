import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { httpErrorCodes } from '../ports';
import { errorCodeForStatus, statusErrorCodes } from './status';

describe('errorCodeForStatus', () => {
  it.each([
    [400, 'bad-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [408, 'timeout'],
    [409, 'conflict'],
    [422, 'bad-request'],
    [429, 'rate-limited'],
    [500, 'server-error'],
    [502, 'server-error'],
    [503, 'server-error'],
    [504, 'timeout'],
  ])('maps %i to %s', (status, code) => {
    expect(errorCodeForStatus(status)).toBe(code);
  });

  it('property: every status gets one of the shared codes, and each is an HttpErrorCode', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 599 }), (status) => {
        const code = errorCodeForStatus(status);
        expect(statusErrorCodes).toContain(code);
        expect(httpErrorCodes).toContain(code);
      }),
    );
  });

  it('property: a 5xx is never blamed on the request, a 4xx never on the server', () => {
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 599 }), (status) => {
        const code = errorCodeForStatus(status);
        if (status >= 500) expect(['server-error', 'timeout']).toContain(code);
        else expect(code).not.toBe('server-error');
      }),
    );
  });
});
