import fc from 'fast-check';
import { hostileValue } from './hostile';

/**
 * fast-check arbitraries from zod v4 schemas, by walking their definitions (`schema._zod.def`): values the
 * schema accepts, and, as often as `hostility` says, a hostile value in place of any one of them (control
 * characters, lone surrogates, huge or negative numbers, wrong types, extra keys, deep nesting).
 */

/** The part of a zod v4 definition this walker reads (zod's own types are a union of ~40 of these). */
interface Def {
  type: string;
  checks?: { _zod: { def: Check } }[];
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  items?: Schema[];
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  left?: Schema;
  right?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  getter?: () => Schema;
}

interface Check {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number | bigint;
  inclusive?: boolean;
}

export interface Schema {
  _zod: { def: Def; optin?: 'optional' };
}

export interface ArbitraryOptions {
  /** Real ids for a field (`partId`, `catalogPartId`): values that get past validation to the services. */
  idsFor?: (key: string) => fc.Arbitrary<unknown> | null;
  /** Chance, 0 to 1, that any one value is replaced by a hostile one. */
  hostility: number;
}

const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);
const isOptional = (schema: Schema) => schema._zod.optin === 'optional';

/**
 * Values the schema accepts, more often than `zodArbitrary(schema, { hostility: 0 })` alone: of four drawn,
 * the first that `schema` parses (rules across fields, such as "exactly one of a part or a build", are
 * refinements that the walk cannot see).
 */
export function acceptedArbitrary(
  schema: Schema & { safeParse(value: unknown): { success: boolean } },
  options: Omit<ArbitraryOptions, 'hostility'>,
): fc.Arbitrary<unknown> {
  return fc
    .array(zodArbitrary(schema, { ...options, hostility: 0 }), { minLength: 4, maxLength: 4 })
    .map((candidates) => candidates.find((c) => schema.safeParse(c).success) ?? candidates[0]);
}

/** The arbitrary of `schema`: accepted values, hostile ones mixed in at `options.hostility`. */
export function zodArbitrary(schema: Schema, options: ArbitraryOptions, depth = 0): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema, options, depth);
  if (options.hostility <= 0) return valid;
  const hostileWeight = Math.max(1, Math.round(options.hostility * 100));
  return fc.oneof(
    { arbitrary: valid, weight: 100 - hostileWeight },
    { arbitrary: hostileValue, weight: hostileWeight },
  );
}

function validArbitrary(schema: Schema, options: ArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const inner = (s: Schema | undefined) => (s ? zodArbitrary(s, options, depth + 1) : fc.constant(undefined));
  if (depth > 8) return fc.constant(null);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'bigint':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
    case 'never':
      return fc.constant(undefined);
    case 'date':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { none: '' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'object':
      return objectArbitrary(def.shape ?? {}, options, depth);
    case 'array': {
      const checks = checksOf(def);
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? min + 4;
      return fc.array(inner(def.element), { minLength: min, maxLength: Math.min(max, min + 4) });
    }
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(inner));
    case 'record':
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), inner(def.valueType), { maxKeys: 4 });
    case 'union':
      return fc.oneof(...(def.options ?? []).map(inner));
    case 'intersection':
      return fc
        .tuple(inner(def.left), inner(def.right))
        .map(([a, b]) => (isPlainObject(a) && isPlainObject(b) ? { ...a, ...b } : a));
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 6 });
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 6 });
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'success':
      return inner(def.innerType);
    case 'pipe':
      // `string → transform → pipe(array)` (a comma list in a query): the input is what the output prints as.
      return inner(hasTransform(def.in) ? def.out : def.in);
    case 'lazy':
      return def.getter ? inner(def.getter()) : fc.constant(null);
    default:
      // any, unknown, custom, transform...: whatever JSON can carry.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const hasTransform = (schema: Schema | undefined): boolean => {
  const def = schema?._zod.def;
  return (
    def?.type === 'transform' || (def?.type === 'pipe' && (hasTransform(def.in) || hasTransform(def.out)))
  );
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function objectArbitrary(
  shape: Record<string, Schema>,
  options: ArbitraryOptions,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const requiredKeys: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    // A field declared only to be refused (`refusedField`): sent as an extra key by the hostile values.
    if (field._zod.def.type === 'optional' && field._zod.def.innerType?._zod.def.type === 'never') continue;
    const ids = options.idsFor?.(key) ?? (/(^url|Url)$/.test(key) ? fc.webUrl() : null);
    const value = zodArbitrary(field, options, depth + 1);
    model[key] = ids ? fc.oneof({ arbitrary: ids, weight: 3 }, { arbitrary: value, weight: 1 }) : value;
    if (!isOptional(field)) requiredKeys.push(key);
  }
  const record = fc.record(model, { requiredKeys });
  if (options.hostility <= 0) return record;
  // Now and then a key the schema does not have, or one it requires left out.
  const extra = fc.tuple(
    fc.constantFrom('status', 'ownerId', 'id', 'cogsCents', 'role', 'extra', 'constructor'),
    hostileValue,
  );
  return fc
    .tuple(record, fc.option(extra, { freq: Math.max(2, Math.round(1 / options.hostility)) }), fc.boolean())
    .map(([value, added, drop]) => {
      const result: Record<string, unknown> = { ...value };
      if (added) result[added[0]] = added[1];
      const first = requiredKeys[0];
      if (drop && first !== undefined && added) delete result[first];
      return result;
    });
}

const WORDS = ['RTX 3070', 'Ryzen 5 5600X', 'ebay', 'tested, works', 'B550', 'x', 'café ☕', 'cpu-00009'];

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
  const max = Math.min(...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? 60), 60);
  const format =
    def.format ?? checks.find((c) => c.check === 'string_format' && c.format !== 'regex')?.format;
  const fits = (s: string) => s.length >= min && s.length <= Math.max(max, min);
  switch (format) {
    case 'email':
      return fc.emailAddress();
    case 'url':
      return fc.webUrl();
    case 'uuid':
    case 'guid':
      return fc.uuid();
    case 'date':
      return fc
        .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'datetime':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  }
  const patterns = [def.pattern, ...checks.map((c) => c.pattern)].filter(
    (p): p is RegExp => p instanceof RegExp,
  );
  const [pattern] = patterns;
  // Dates are checked as real dates after the pattern: draw real ones.
  if (pattern?.source.includes('\\d{4}-\\d{2}-\\d{2}'))
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  const words = pattern ? WORDS.filter((w) => pattern.test(w)) : WORDS;
  const generated = pattern ? fc.stringMatching(pattern) : fc.string({ maxLength: max });
  const base = words.length > 0 ? fc.oneof(fc.constantFrom(...words), generated) : generated;
  return base.map((s) => (fits(s) ? s : s.slice(0, Math.max(max, min)).padEnd(min, 'x')));
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const isInt = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
  let min = isInt ? Number.MIN_SAFE_INTEGER : -1e12;
  let max = isInt ? Number.MAX_SAFE_INTEGER : 1e12;
  for (const c of checks) {
    const value = Number(c.value);
    if (c.check === 'greater_than') min = Math.max(min, c.inclusive ? value : value + (isInt ? 1 : 1e-6));
    if (c.check === 'less_than') max = Math.min(max, c.inclusive ? value : value - (isInt ? 1 : 1e-6));
  }
  if (isInt) {
    min = Math.ceil(min);
    max = Math.floor(max);
  }
  if (min > max) return fc.constant(min);
  const smallMin = Math.ceil(Math.max(min, -1000));
  const smallMax = Math.floor(Math.min(max, 100_000));
  const small = fc.integer({ min: smallMin, max: Math.max(smallMin, smallMax) });
  const anywhere = isInt
    ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const edges = fc.constantFrom(...[min, max].filter((n) => Number.isFinite(n)));
  return smallMin <= smallMax ? fc.oneof(small, anywhere, edges) : fc.oneof(anywhere, edges);
}
