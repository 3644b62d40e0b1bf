import type { HistoryEntry } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, systemActingFor } from '../../core/caller';
import { fixedClock } from '../../core/clock';
import { signUpAdmin } from '../../test/admin';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';
import { signUp, type TestUser } from '../../test/users';
import { createPartsService } from '../parts/parts.service';

let ctx: TestContext;
let alice: TestUser;
let aliceToken: Record<string, string>;
let admin: TestUser;

beforeAll(async () => {
  ({
    ctx,
    alice: aliceToken,
    users: { alice },
  } = await appWithTwoUsers());
  admin = await signUpAdmin(ctx);
});
afterAll(() => ctx.close());

const historyOf = async (partId: number): Promise<HistoryEntry[]> => {
  const res = await ctx.app.inject({ url: `/api/v1/parts/${partId}/history`, headers: alice.cookie });
  expect(res.statusCode).toBe(200);
  return res.json().items;
};
const who = ({ action, via, actorName }: HistoryEntry) => ({ action, via, actorName });

describe("a part's history says who made each change and how", () => {
  it('tells the app (session) from an API token', async () => {
    const part = await createPart(ctx.app, alice.cookie);
    const edit = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/parts/${part.id}`,
      headers: aliceToken,
      payload: { costCents: 26000 },
    });
    expect(edit.statusCode).toBe(200);
    expect((await historyOf(part.id)).map(who)).toEqual([
      { action: 'create', via: 'session', actorName: 'Alice' },
      { action: 'update', via: 'token', actorName: 'Alice' },
    ]);
  });

  it('records a scheduled job and an accepted suggestion acting through the same service', async () => {
    const part = await createPart(ctx.app, aliceToken);
    const nextDay = new Date(Date.parse(part.createdAt) + 86_400_000);
    const clock = fixedClock(nextDay);
    const parts = createPartsService({ db: ctx.database.db, clock });
    const owner = { id: alice.id, timezone: 'UTC' };
    const asAssistant: Caller = {
      ownerId: alice.id,
      actorId: alice.id,
      role: 'user',
      via: 'assistant',
      timezone: 'UTC',
    };
    await parts.update(systemActingFor(owner), part.id, { status: 'testing' });
    await parts.update(asAssistant, part.id, { notes: 'repasted' });
    const history = await historyOf(part.id);
    expect(history.map(who)).toEqual([
      { action: 'create', via: 'token', actorName: 'Alice' },
      { action: 'status', via: 'system', actorName: null },
      { action: 'update', via: 'assistant', actorName: 'Alice' },
    ]);
    // The service's clock, not the wall clock, dates what it writes.
    expect(history[1]?.createdAt).toBe(nextDay.toISOString());
  });
});

describe("an administrator's actions on an account", () => {
  const patch = (userId: string, payload: object) =>
    ctx.app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${userId}`, headers: admin.cookie, payload });
  const accountHistory = (userId: string, headers = admin.cookie) =>
    ctx.app.inject({ url: `/api/v1/admin/users/${userId}/history`, headers });

  it('are written to the account history with the admin as actor, through the admin console', async () => {
    const bob = await signUp(ctx.app, { name: 'Bob' });
    expect((await patch(bob.id, { suspended: true, reason: 'chargebacks' })).statusCode).toBe(200);
    expect((await patch(bob.id, { suspended: false, role: 'admin' })).statusCode).toBe(200);
    // No change, no entry.
    expect((await patch(bob.id, { role: 'admin' })).statusCode).toBe(200);
    const res = await accountHistory(bob.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        action: 'suspend',
        via: 'admin',
        actorName: 'Admin',
        changes: { suspended: { from: false, to: true }, reason: { from: null, to: 'chargebacks' } },
      }),
      expect.objectContaining({
        action: 'role',
        via: 'admin',
        actorName: 'Admin',
        changes: { role: { from: 'user', to: 'admin' } },
      }),
      expect.objectContaining({ action: 'reinstate', via: 'admin', actorName: 'Admin' }),
    ]);
  });

  it('an account history is for admins only, and 404 for an unknown account', async () => {
    expect((await accountHistory(alice.id, alice.cookie)).statusCode).toBe(403);
    expect((await accountHistory('nobody')).statusCode).toBe(404);
  });

  it('a refused action writes nothing', async () => {
    expect((await patch(admin.id, { suspended: true })).statusCode).toBe(422);
    expect((await accountHistory(admin.id)).json().items).toEqual([]);
  });
});
