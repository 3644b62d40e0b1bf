import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/app';
import { canonicalJson, OPENAPI_FILE, OPENAPI_PATH } from './openapi-file';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

/** Where two texts first differ, as "line N: committed … / served …". */
function firstDifference(committed: string, served: string): string {
  const a = committed.split('\n');
  const b = served.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '(end)')}, served ${JSON.stringify(b[at] ?? '(end)')}`;
}

describe('the committed OpenAPI document', () => {
  it('is the document the running app serves', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: OPENAPI_PATH });
    expect(response.statusCode).toBe(200);
    const served = canonicalJson(response.json());
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    if (served !== committed) {
      expect.fail(
        `docs/openapi.json differs from the app's document (${firstDifference(committed, served)}): ` +
          'run `npm run openapi` and commit docs/openapi.json',
      );
    }
  });

  it('is written with sorted keys, whatever order the app built it in', () => {
    const text = canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } });
    expect(text).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });
});
