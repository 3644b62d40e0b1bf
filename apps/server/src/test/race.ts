import { ERROR_STATUS, type ErrorCode, isErrorBody } from '@partwise/shared';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';
import type { Changes } from '../modules/audit/audit';
import { createTestApp, type TestContext } from './app';
import { bearerFor, signUp } from './users';

/** Rounds per race and database (issue 8): enough to hit the narrow interleavings, quick enough for CI. */
export const RACE_ROUNDS = 200;
/** Races run longer than the default test timeout, most of all on a busy machine. */
export const RACE_TIMEOUT_MS = 180_000;

export type Reply = Awaited<ReturnType<FastifyInstance['inject']>>;

/**
 * Runs the rounds of one race, one after another, and collects what went wrong in each rather than stopping
 * at the first: a failure then says how often and in which ways. A round fires its requests together
 * (Promise.all of app.inject): on PostgreSQL they run at once on separate pool connections; PGlite has one
 * connection and runs them one after the other, which must be just as correct.
 */
export async function runRace(
  rounds: number,
  round: (index: number) => Promise<(string | null | undefined)[]>,
): Promise<string[]> {
  const anomalies: string[] = [];
  for (let index = 0; index < rounds; index++) {
    for (const found of await round(index)) if (found) anomalies.push(`round ${index}: ${found}`);
  }
  return anomalies;
}

const describeReply = (reply: Reply) => `${reply.statusCode} ${reply.body.slice(0, 200)}`;

/** null when the reply is a refusal in the one error shape, with one of the allowed codes and its status. */
export function cleanRefusal(reply: Reply, codes: readonly ErrorCode[]): string | null {
  let body: unknown;
  try {
    body = reply.json();
  } catch {
    return `refusal is not JSON: ${describeReply(reply)}`;
  }
  if (!isErrorBody(body)) return `refusal outside the error shape: ${describeReply(reply)}`;
  const { code } = body.error;
  if (!codes.includes(code) || ERROR_STATUS[code] !== reply.statusCode)
    return `expected ${codes.join(' or ')}, got ${describeReply(reply)}`;
  return null;
}

/**
 * Exactly one reply has the winning status and every other one is a clean refusal. Answers the winner (or
 * null) and what was wrong.
 */
export function oneWinner(
  replies: Reply[],
  winStatus: number,
  refusals: readonly ErrorCode[],
): { winner: Reply | null; anomalies: string[] } {
  const winners = replies.filter((r) => r.statusCode === winStatus);
  const anomalies: string[] = [];
  if (winners.length !== 1)
    anomalies.push(`${winners.length} winners: ${replies.map((r) => r.statusCode).join(', ')}`);
  for (const reply of replies) {
    if (reply.statusCode === winStatus) continue;
    const wrong = cleanRefusal(reply, refusals);
    if (wrong) anomalies.push(wrong);
  }
  return { winner: winners.length === 1 ? (winners[0] ?? null) : null, anomalies };
}

/** An anomaly when `actual` is not `expected` (compared as JSON), named by `what`. */
export function expectSame(what: string, actual: unknown, expected: unknown): string | null {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  return a === e ? null : `${what}: expected ${e}, got ${a}`;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Requests as one user: `call` answers the reply, `ok` the body of a 2xx (and throws on anything else). */
export function clientOf(app: FastifyInstance, headers: Record<string, string>) {
  const call = (method: Method, url: string, payload?: object) =>
    app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  async function ok<T>(method: Method, url: string, payload?: object): Promise<T> {
    const reply = await call(method, url, payload);
    if (reply.statusCode >= 300) throw new Error(`${method} ${url}: ${reply.statusCode} ${reply.body}`);
    return reply.json();
  }
  /** Every item of a paged list, in its order. */
  async function all<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    const join = path.includes('?') ? '&' : '?';
    for (let page = 1; ; page++) {
      const body = await ok<{ items: T[]; total: number }>('GET', `${path}${join}page=${page}&pageSize=200`);
      items.push(...body.items);
      if (items.length >= body.total || body.items.length === 0) return items;
    }
  }
  return { headers, call, ok, all };
}
export type Client = ReturnType<typeof clientOf>;

/** The audit entries of one kind, per record, oldest first: what each request left behind. */
export async function auditTrail(
  db: Db,
  ownerId: string,
  entity: string,
  action: string,
): Promise<Map<number, Changes[]>> {
  const rows = await db
    .select({ entityId: auditLog.entityId, changes: auditLog.changes })
    .from(auditLog)
    .where(and(eq(auditLog.ownerId, ownerId), eq(auditLog.entity, entity), eq(auditLog.action, action)))
    .orderBy(asc(auditLog.id));
  const trail = new Map<number, Changes[]>();
  for (const row of rows) {
    const id = Number(row.entityId);
    trail.set(id, [...(trail.get(id) ?? []), row.changes]);
  }
  return trail;
}

export interface RaceApp {
  ctx: TestContext;
  ownerId: string;
  api: Client;
}

/**
 * A fresh app and database for the test file, with one signed-up user who calls it by API token: set up
 * before the file's tests and closed after them.
 */
export function useRaceApp(): RaceApp {
  let current: RaceApp | undefined;
  beforeAll(async () => {
    const ctx = await createTestApp();
    const user = await signUp(ctx.app);
    current = { ctx, ownerId: user.id, api: clientOf(ctx.app, await bearerFor(ctx.app, user)) };
  });
  afterAll(() => current?.ctx.close());
  const ready = (): RaceApp => {
    if (!current) throw new Error('the race app is used before beforeAll');
    return current;
  };
  return {
    get ctx() {
      return ready().ctx;
    },
    get ownerId() {
      return ready().ownerId;
    },
    get api() {
      return ready().api;
    },
  };
}
