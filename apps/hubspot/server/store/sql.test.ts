import { describe, expect, it } from '@jest/globals';
import { sql, sqliteParameters } from './sql';

describe('the SQL both stores share', () => {
  it('turns numbered parameters into SQLite positions when they are in order', () => {
    expect(sqliteParameters('UPDATE t SET a = $1 WHERE b = $2 AND c = $3')).toBe(
      'UPDATE t SET a = ? WHERE b = ? AND c = ?',
    );
  });

  it('refuses a statement whose parameters SQLite would bind to the wrong values', () => {
    expect(() => sqliteParameters('UPDATE t SET a = $2 WHERE b = $1')).toThrow(/out of order/);
    expect(() => sqliteParameters('SELECT $1, $1')).toThrow(/out of order/);
  });

  it('holds only statements SQLite can run as they are', () => {
    const statements = Object.values(sql).flatMap((value) =>
      typeof value === 'string' ? [value] : [...value],
    );
    for (const statement of statements) expect(() => sqliteParameters(statement)).not.toThrow();
  });
});
