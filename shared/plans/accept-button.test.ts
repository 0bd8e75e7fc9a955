import { describe, expect, it } from '@jest/globals';
import { acceptButton } from './accept-button';

const option = { id: 'instalments-monthly', withinPolicy: true };

describe('acceptButton', () => {
  it('is open for an option within policy, before any save', () => {
    expect(acceptButton({ status: 'idle' }, option)).toEqual({ disabled: false, busy: false });
  });

  it('is closed and busy while a save is under way', () => {
    expect(acceptButton({ status: 'saving', optionId: option.id }, option)).toEqual({
      disabled: true,
      busy: true,
    });
  });

  it('is closed for the option just recorded, open again for another', () => {
    const saved = { status: 'saved', optionId: option.id };
    expect(acceptButton(saved, option).disabled).toBe(true);
    expect(acceptButton(saved, { ...option, id: 'pay-in-full' }).disabled).toBe(false);
  });

  it('is never open for an option outside policy (it is escalated instead)', () => {
    expect(acceptButton({ status: 'idle' }, { ...option, withinPolicy: false }).disabled).toBe(
      true,
    );
  });
});
