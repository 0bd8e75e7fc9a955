/**
 * The origin HubSpot calls: configured, or the loopback address `listen` bound. Never the request's
 * Host header, which any client sets (it would pick the OAuth redirect_uri and the signed URL).
 */
import { isLoopbackHost } from '../config';

/** The backend's public origin, known from the options or learnt when it listens. */
export interface PublicOrigin {
  /** The origin, without a trailing slash; throws while none is known. */
  current(): string;
  /** Refuses to listen beyond loopback without a configured origin. */
  checkListenHost(host: string): void;
  /** The address bound, kept as the origin when none was configured. */
  listening(address: string): void;
}

/** An origin starting from `configured` (`https://tactful.example.com`), if any. */
export function createPublicOrigin(configured: string | undefined): PublicOrigin {
  let origin = configured?.replace(/\/$/, '');
  return {
    current() {
      if (origin === undefined)
        throw new Error('No public URL: set TACTFUL_PUBLIC_URL or listen on loopback first');
      return origin;
    },
    checkListenHost(host) {
      if (origin === undefined && !isLoopbackHost(host)) {
        throw new Error(
          `TACTFUL_PUBLIC_URL (publicBaseUrl) is required to listen on ${host}: without it, URLs would come from the request's Host header.`,
        );
      }
    },
    listening(address) {
      origin ??= address;
    },
  };
}
