// A ZAF SDK (`ZAFClient.init()`, postMessage; our stand-in, or Zendesk's file with
// TACTFUL_ZAF_SDK_FILE) running the whole sidebar against the ticket model through the host side of
// the protocol: the path the playground's ticket page uses.
import { describe, expect, it } from '@jest/globals';
import { render, screen, waitFor } from '@testing-library/react';
import { App } from '../../apps/zendesk/ui/App';
import { connectRealSdkHost, realSdk } from './real-sdk-host';

connectRealSdkHost();

describe('the sidebar on the real ZAF SDK', () => {
  it('registers, reads the requester, goes through the proxy, shows the balance and resizes', async () => {
    render(<App />);
    // First paint waits for registration, two proxied reads and the lazy panels: allow a loaded CI.
    expect(
      await screen.findByRole('heading', { name: 'Maria Gonzalez' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('$1,250.00')).toBeInTheDocument();
    await waitFor(() =>
      expect(realSdk.model.invocations.some((call) => call.name === 'resize')).toBe(true),
    );
  });
});
