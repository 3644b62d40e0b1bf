import fc from 'fast-check';

/** What an attacker or a broken client sends: each found a 500 somewhere once (issue 8) or could. */

const nested = (open: string, inner: string, close: string, depth: number) =>
  open.repeat(depth) + inner + close.repeat(depth);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      '\u0000',
      'a\u0000b',
      'x\ud800y',
      '\udfff',
      '\ud83e',
      'a\r\nSet-Cookie: x=1',
      'javascript:alert(1)',
      'http://exa mple.com/\u0007',
      '%00',
      '%zz',
      '\u001b[31mred',
      '\u007f',
      "'; drop table part; --",
      '\u202e\u2066',
      '',
      ' ',
      '   padded   ',
      '\t',
      '0',
      '-1',
      'null',
      'NaN',
      '1e400',
      '9'.repeat(40),
      'e\u0301',
      '🧪🧪',
      '\\',
      '"',
      '../../etc/passwd',
      '2025-02-30',
      '0000-00-00',
      '2025-13-01',
    ),
    weight: 6,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 24 }), weight: 1 },
  // Past every length limit, now and then.
  { arbitrary: fc.constantFrom('x'.repeat(25_000), 'é'.repeat(5_001), 'a\n'.repeat(3_000)), weight: 1 },
);

export const hostileNumber: fc.Arbitrary<number> = fc.constantFrom(
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 63,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  -1,
  -0,
  0.5,
  1e-9,
  1e308,
  -1e308,
);

/** A value of the wrong kind, size or shape for wherever it lands. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, true, false, [], {}, [1, 2], { a: 1 }, [null]),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 20, max: 200 }).map((depth) => JSON.parse(nested('[', '1', ']', depth))),
);

/** Bodies that are not what the route's schema describes, as JSON text (or not JSON at all). */
export const hostileBodyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '{',
    '{"name": "a"',
    '',
    'null',
    '[]',
    '""',
    '0',
    '1e400',
    '{"costCents": 1e400}',
    '{"priceCents": -0}',
    '{"name":"\\u0000"}',
    '{"name":"x\\ud800y"}',
    '{"notes":"\\udfff"}',
    '{"name":"a","name":"b"}',
    '\ufeff{}',
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    nested('[', '1', ']', 10_000),
    nested('{"a":', '1', '}', 10_000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Path segments (sent as they are, not encoded). */
export const hostilePathSegment: fc.Arbitrary<string> = fc.constantFrom(
  '%00',
  '%zz',
  '%',
  'a'.repeat(150),
  '-1',
  '0',
  '1.5',
  '1e3',
  '0x10',
  '9007199254740993',
  '99999999999999999999',
  '%F0%9F%A7%AA',
  '%ED%A0%80',
  '..',
  '%2e%2e',
  '%20',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
);

/** Query text appended to a list's query string, encoded or not. */
export const hostileQuery: fc.Arbitrary<string> = fc.constantFrom(
  'q=%00',
  'q=%zz',
  'q=%ED%A0%80',
  'q=%E2%80%AE',
  'page=-1',
  'page=1e400',
  'page=99999999999999999999',
  'pageSize=100000',
  'pageSize=0',
  'sort=__proto__',
  'q[]=a',
  'q=a&q=b',
  'status=sold&status=listed',
  `q=${'a'.repeat(5000)}`,
  'from=2025-02-30',
  'to=0000-00-00',
  'acquiredFrom=2025-12-31&acquiredTo=2025-01-01',
  'lotId=-5',
  'parts=maybe',
);
