/**
 * Payload generators for fuzzing host boundaries: real seed payloads with a few hostile mutations
 * (the replies a host could plausibly send), and plain garbage (anything at all).
 */
import fc from 'fast-check';

/** A JSON-like value as a host could send it (what `JSON.parse` can return). */
export type JsonLike = null | boolean | number | string | JsonLike[] | { [key: string]: JsonLike };

/** Keys that try to reach an object's prototype when code copies or merges parsed JSON. */
export const pollutingKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

/** Values chosen to break number, date, money and text handling. */
export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -0,
    -1,
    NaN,
    Infinity,
    -Infinity,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 64,
    0.1 + 0.2,
    '',
    ' ',
    'NaN',
    'Infinity',
    '-1',
    '1e400',
    '9'.repeat(400),
    '0x10',
    '1,250.00',
    '12.345678',
    '  1250.00  ',
    '2026-02-30',
    '2026-13-01',
    '9999999999999999999',
    '99999999999999999999999',
    '0000-00-00T00:00:00Z',
    '+275760-09-13',
    'not-a-zone',
    'america_slash_nowhere',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '\u202Egnp.exe',
    'a\u200Bb\u200Dc\uFEFF',
    '\u0000',
    '{{setting.token}}',
    '__proto__',
    'x'.repeat(70_000),
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.bigInt().map(String),
  fc
    .date({ noInvalidDate: false })
    .map((date) => (Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString())),
  fc.boolean(),
);

/** An object whose own keys include `__proto__` and friends, as `JSON.parse` builds it. */
export const pollutedObject: fc.Arbitrary<unknown> = fc
  .tuple(fc.subarray(pollutingKeys, { minLength: 1 }), fc.jsonValue())
  .map(([keys, value]) =>
    JSON.parse(
      `{${keys.map((key) => `${JSON.stringify(key)}:{"polluted":true,"inner":${JSON.stringify(value) ?? 'null'}}`).join(',')}}`,
    ),
  );

/** Anything at all: garbage, JSON, hostile scalars and prototype-polluting objects. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
  fc.jsonValue(),
  hostileScalar,
  pollutedObject,
);

/** What `JSON.parse` can return (an HTTP body): JSON, hostile JSON scalars, polluting keys. */
export const jsonGarbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  hostileScalar.map(toJsonValue),
  pollutedObject,
);

/** The value as it would come back from a JSON round trip (NaN → null, undefined → dropped). */
function toJsonValue(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], into: Path[] = []): Path[] {
  into.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, index) => pathsOf(item, [...prefix, index], into));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], into);
  }
  return into;
}

type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add-key'; at: number; key: string; value: unknown }
  | { op: 'duplicate'; at: number };

const mutationArb = (pathCount: number, json: boolean): fc.Arbitrary<Mutation> => {
  const at = fc.nat({ max: pathCount - 1 });
  const hostile = json ? hostileScalar.map(toJsonValue) : hostileScalar;
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        op: fc.constant('replace' as const),
        at,
        value: fc.oneof(hostile, json ? jsonGarbage : garbage),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at }) },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('add-key' as const),
        at,
        key: fc.oneof(fc.constantFrom(...pollutingKeys), fc.string()),
        value: fc.oneof(hostile, pollutedObject),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at }) },
  );
};

function applyMutation(root: unknown, paths: Path[], mutation: Mutation): unknown {
  const path = paths[mutation.at] ?? [];
  if (path.length === 0) {
    if (mutation.op === 'replace') return mutation.value;
    if (
      mutation.op === 'add-key' &&
      root !== null &&
      typeof root === 'object' &&
      !Array.isArray(root)
    ) {
      Object.defineProperty(root, mutation.key, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return root;
  }
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return root;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (parent === null || typeof parent !== 'object') return root;
  const last = path[path.length - 1] as string | number;
  const container = parent as Record<string | number, unknown>;
  switch (mutation.op) {
    case 'replace':
      container[last] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(container) && typeof last === 'number') container.splice(last, 1);
      else delete container[last];
      break;
    case 'add-key': {
      const target = container[last];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        // defineProperty, as JSON.parse does: an own `__proto__` key, not a prototype change.
        Object.defineProperty(target, mutation.key, {
          value: mutation.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    }
    case 'duplicate':
      if (Array.isArray(container) && typeof last === 'number') {
        container.splice(last, 0, structuredClone(container[last]));
      }
      break;
  }
  return root;
}

/**
 * The seed with 1 to 4 hostile mutations (replace, delete, add a polluting key, duplicate).
 * `json`: only values JSON can carry (an HTTP body), else anything (a ZAF SDK answer).
 */
export function mutated(seed: unknown, json = true): fc.Arbitrary<unknown> {
  const paths = pathsOf(seed);
  return fc
    .array(mutationArb(paths.length, json), { minLength: 1, maxLength: 4 })
    .map((mutations) => {
      let value: unknown = structuredClone(seed);
      for (const mutation of mutations) value = applyMutation(value, paths, mutation);
      return value;
    });
}

/**
 * Mostly mutated seeds (valid-looking), some pure garbage, a few untouched seeds. `json` as in
 * {@link mutated}.
 */
export function hostPayload(seed: unknown, json = true): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: mutated(seed, json) },
    { weight: 3, arbitrary: json ? jsonGarbage : garbage },
    { weight: 1, arbitrary: fc.constant(seed).map((value) => structuredClone(value)) },
  );
}

/** Text a host or a user could send where JSON is expected: mutated JSON, truncated JSON, anything. */
export function hostText(seed: unknown): fc.Arbitrary<string> {
  const json = JSON.stringify(seed);
  return fc.oneof(
    hostPayload(seed).map((value) => JSON.stringify(value) ?? ''),
    fc.nat({ max: json.length }).map((cut) => json.slice(0, cut)),
    fc.string(),
    fc.constantFrom(
      '',
      'null',
      '[]',
      '{}',
      '"text"',
      '{"__proto__":{"polluted":true}}',
      'NaN',
      '1e999',
    ),
  );
}
