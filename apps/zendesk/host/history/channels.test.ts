import { describe, expect, it } from '@jest/globals';
import { channelForVia } from './channels';

describe('channelForVia', () => {
  it('maps voice tickets to calls, messaging to SMS, and anything else to a ticket', () => {
    expect(channelForVia('voice')).toBe('call');
    expect(channelForVia('email')).toBe('email');
    expect(channelForVia('native_messaging')).toBe('sms');
    expect(channelForVia('web')).toBe('ticket');
    expect(channelForVia('something_new')).toBe('ticket');
    expect(channelForVia(undefined)).toBe('ticket');
  });
});
