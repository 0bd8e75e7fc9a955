import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { flagKinds } from '../../../../shared/history';
import {
  appendFlagChange,
  flagLogMaxLines,
  latestFlagChanges,
  parseFlagLog,
  pendingSuggestions,
} from './flag-log';

describe('flag log', () => {
  it('keeps who raised a flag with its source, and reads lines written before it did', () => {
    const set = {
      at: '2026-11-25T15:00:00.000Z',
      action: 'set' as const,
      kind: 'dispute' as const,
      by: 'Sam Lee',
      reason: 'raised=court is what the letter says',
      raisedBy: 'court' as const,
      source: 'zendesk-comment:7',
    };
    const text = appendFlagChange(
      '2026-11-20T10:00:00Z | set | cease | Sam Lee | Asked by letter',
      set,
    );
    expect(text.split('\n')[1]).toMatch(/ \| raised=court \| source=zendesk-comment:7$/);
    const [before, read] = parseFlagLog(text);
    expect(read).toEqual(set);
    expect(before).toEqual({
      at: '2026-11-20T10:00:00Z',
      action: 'set',
      kind: 'cease',
      by: 'Sam Lee',
      reason: 'Asked by letter',
    });
  });

  it('reads back what it wrote, whatever the agent typed in the name or reason', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...flagKinds),
        fc.constantFrom('set' as const, 'clear' as const),
        fc.string({ minLength: 1 }),
        fc.string(),
        (kind, action, by, reason) => {
          const change = { at: '2026-11-25T15:00:00.000Z', action, kind, by, reason };
          const [read] = parseFlagLog(appendFlagChange('', change));
          expect(read?.kind).toBe(kind);
          expect(read?.action).toBe(action);
          expect(read?.at).toBe(change.at);
          // Line breaks and separators are flattened so one change stays one line.
          expect(read?.reason).not.toMatch(/[\r\n|]/);
        },
      ),
    );
  });

  it('keeps the comment a flag was set from, and reads lines written before sources existed', () => {
    const change = {
      at: '2026-11-25T15:00:00.000Z',
      action: 'set' as const,
      kind: 'do-not-call' as const,
      by: 'Alex Rivera',
      reason: 'The customer wrote: “stop calling me | at work”',
      source: 'zendesk-comment:70001',
    };
    const text = appendFlagChange(
      '2026-11-01T10:00:00Z | set | dispute | Sam Lee | Disputes the charge',
      change,
    );
    expect(text.split('\n')[1]).toMatch(/ \| source=zendesk-comment:70001$/);
    const [old, read] = parseFlagLog(text);
    expect(old).toEqual({
      at: '2026-11-01T10:00:00Z',
      action: 'set',
      kind: 'dispute',
      by: 'Sam Lee',
      reason: 'Disputes the charge',
    });
    expect(read).toEqual({ ...change, reason: 'The customer wrote: “stop calling me / at work”' });
  });

  it('a suggestion waits until an agent sets or clears that flag, and changes no flag itself', () => {
    const text = [
      '2026-11-01T10:00:00Z | set | cease | Sam Lee | Asked in writing',
      '2026-11-20T10:00:00Z | suggest | dispute | Tactful | The customer wrote: “not my debt” | source=zendesk-comment:7',
      '2026-11-20T10:00:00Z | suggest | cease | Tactful | The customer wrote: “stop” | source=zendesk-comment:7',
      '2026-11-21T10:00:00Z | suggest | do-not-call | Tactful | The customer wrote: “no calls” | source=zendesk-comment:8',
      '2026-11-22T10:00:00Z | clear | do-not-call | Sam Lee | Spoke to them, calls are fine',
    ].join('\n');
    const changes = parseFlagLog(text);
    // Cease is set already; do-not-call was decided after its suggestion; dispute waits.
    const pending = pendingSuggestions(changes, (kind) => kind === 'cease');
    expect(pending.map((change) => [change.kind, change.source])).toEqual([
      ['dispute', 'zendesk-comment:7'],
    ]);
    // The flag's own state still comes from the last set or clear.
    expect(latestFlagChanges(changes).get('cease')?.action).toBe('set');
  });

  it('ignores hand-written lines and keeps the latest change per flag', () => {
    const text = [
      'called the customer, they are upset',
      '2026-11-01T10:00:00Z | set | dispute | Sam Lee | Disputes the charge',
      '2026-11-20T10:00:00Z | clear | dispute | Sam Lee | Dispute answered',
    ].join('\n');
    const latest = latestFlagChanges(parseFlagLog(text));
    expect([...latest.values()]).toEqual([
      {
        at: '2026-11-20T10:00:00Z',
        action: 'clear',
        kind: 'dispute',
        by: 'Sam Lee',
        reason: 'Dispute answered',
      },
    ]);
  });

  it('does not append a change the log already holds (a retried write merges by line)', () => {
    const theirs = '2026-11-25T14:59:00.000Z | set | dispute | Sam Lee | Disputes the charge';
    const ours = {
      at: '2026-11-25T15:00:00.000Z',
      action: 'set' as const,
      kind: 'do-not-call' as const,
      by: 'Alex Rivera',
      reason: 'Asked not to be called',
    };
    const once = appendFlagChange(theirs, ours);
    expect(appendFlagChange(once, ours)).toBe(once);
    expect(parseFlagLog(once).map((change) => change.by)).toEqual(['Sam Lee', 'Alex Rivera']);
  });

  it('keeps only the newest lines', () => {
    let text = '';
    for (let n = 0; n < flagLogMaxLines + 5; n += 1) {
      text = appendFlagChange(text, {
        at: '2026-11-25T15:00:00.000Z',
        action: 'set',
        kind: 'vulnerable',
        by: 'Alex',
        reason: `change ${n}`,
      });
    }
    const changes = parseFlagLog(text);
    expect(changes).toHaveLength(flagLogMaxLines);
    expect(changes.at(-1)?.reason).toBe(`change ${flagLogMaxLines + 4}`);
  });
});
