/** What the agent reads when a backend call fails, per error code. */
import type { BackendErrorCode } from '../host/backend-client';

/** A title and one sentence saying what happened and what to do. */
export interface ErrorText {
  title: string;
  body: string;
}

/** The words for each backend failure. */
export const backendErrorText: Record<BackendErrorCode, ErrorText> = {
  timeout: { title: 'Tactful is taking too long', body: 'The request timed out. Try again.' },
  network: { title: 'Cannot reach Tactful', body: 'Check your connection and try again.' },
  unauthorized: {
    title: 'Tactful is not connected',
    body: 'Ask a HubSpot admin to reinstall or reconnect the Tactful app.',
  },
  'not-installed': {
    title: 'Tactful is not installed here',
    body: 'Ask a HubSpot admin to install the Tactful app in this account.',
  },
  'reinstall-needed': {
    title: 'Tactful needs to be reinstalled',
    body: 'HubSpot no longer accepts Tactful’s connection to this account. Ask a HubSpot admin to reinstall the Tactful app.',
  },
  conflict: {
    title: 'Still working on it',
    body: 'The same change is in progress. Try again shortly.',
  },
  forbidden: {
    title: 'Not allowed',
    body: 'Your HubSpot account does not allow this. Ask a HubSpot admin.',
  },
  'not-found': { title: 'Nothing found', body: 'Tactful could not find this record.' },
  'bad-request': { title: 'Request refused', body: 'Tactful could not handle this request.' },
  'rate-limited': {
    title: 'HubSpot is busy',
    body: 'Too many requests right now. Try again in a few seconds.',
  },
  'daily-limit': {
    title: "Today's HubSpot API limit is used up",
    body: 'This HubSpot account has reached its daily API limit. It resets at midnight.',
  },
  'server-error': {
    title: 'Tactful had a problem',
    body: 'Something went wrong on our side. Try again.',
  },
  'malformed-reply': {
    title: 'Unexpected reply',
    body: 'Tactful returned something the card did not understand. Try again, or contact support.',
  },
};
