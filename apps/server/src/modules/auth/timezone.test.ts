import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import { createTestApp, type TestContext } from '../../test/app';
import { createPart } from '../../test/parts';
import { signUp, type TestUser } from '../../test/users';

// 23:30 on New Year's Eve in California is already 07:30 on January 1 in UTC.
const NEW_YEARS_EVE_LA = '2026-01-01T07:30:00Z';
const clock = fixedClock(NEW_YEARS_EVE_LA);

let ctx: TestContext;
let californian: TestUser;
let londoner: TestUser;

beforeAll(async () => {
  ctx = await createTestApp({}, { clock });
  californian = await signUp(ctx.app, { timezone: 'America/Los_Angeles' });
  londoner = await signUp(ctx.app, { timezone: 'Europe/London' });
});
afterAll(() => ctx.close());

type Method = 'GET' | 'POST' | 'PATCH';
const call = (method: Method, url: string, user: TestUser, payload?: object) =>
  ctx.app.inject({ method, url, headers: user.cookie, ...(payload ? { payload } : {}) });

describe("the account's time zone", () => {
  it('is set at sign-up, answered by /me, and changed with PATCH /me', async () => {
    expect((await call('GET', '/api/v1/me', californian)).json().timezone).toBe('America/Los_Angeles');
    const defaulted = await signUp(ctx.app);
    expect((await call('GET', '/api/v1/me', defaulted)).json().timezone).toBe('UTC');

    const moved = await call('PATCH', '/api/v1/me', defaulted, { timezone: 'Asia/Tokyo', name: 'Kenji' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ timezone: 'Asia/Tokyo', name: 'Kenji' });
    expect((await call('GET', '/api/v1/me', defaulted)).json()).toMatchObject({
      timezone: 'Asia/Tokyo',
      name: 'Kenji',
    });
  });

  it('refuses an unknown zone at sign-up and on PATCH, naming the field', async () => {
    const signUpRes = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: {
        email: 'mars@example.com',
        password: 'a long password',
        name: 'M',
        timezone: 'Mars/Olympus',
      },
    });
    expect(signUpRes.statusCode).toBe(400);
    expect(signUpRes.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { timezone: 'must be an IANA time zone such as America/Los_Angeles' },
    });
    const patch = await call('PATCH', '/api/v1/me', londoner, { timezone: 'Europe/Atlantis' });
    expect(patch.statusCode).toBe(400);
    expect(Object.keys(patch.json().error.fields)).toEqual(['timezone']);
    expect((await call('GET', '/api/v1/me', londoner)).json().timezone).toBe('Europe/London');
  });

  it("better-auth's own update route is not served: the zone changes only through PATCH /me, with history", async () => {
    for (const timezone of ['Nowhere/Special', 'Asia/Tokyo']) {
      const res = await call('POST', '/api/auth/update-user', londoner, { timezone });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    expect((await call('GET', '/api/v1/me', londoner)).json().timezone).toBe('Europe/London');
  });
});

describe('"today" is the calendar date where the owner is', () => {
  it('a sale entered at 23:30 in Los Angeles on Dec 31 is dated Dec 31; in London it is Jan 1', async () => {
    for (const [user, date] of [
      [californian, '2025-12-31'],
      [londoner, '2026-01-01'],
    ] as const) {
      const part = await createPart(ctx.app, user.cookie);
      const sale = await call('POST', '/api/v1/sales', user, { partId: part.id, priceCents: 40000 });
      expect(sale.statusCode).toBe(201);
      expect(sale.json().soldAt).toBe(date);
    }
  });

  it('so are refunds, expenses, purchases and listings entered without a date', async () => {
    const { acquiredAt, id: partId } = await createPart(ctx.app, californian.cookie, {
      acquiredAt: undefined,
    });
    expect(acquiredAt).toBe('2025-12-31');

    const listing = await call('POST', '/api/v1/listings', californian, {
      partId,
      platform: 'ebay',
      title: 'RTX 3070',
      priceCents: 30000,
    });
    const active = await call('POST', `/api/v1/listings/${listing.json().id}/activate`, californian);
    expect(active.json().listedAt).toBe('2025-12-31');

    const sale = await call('POST', '/api/v1/sales', californian, { listingId: listing.json().id });
    const refund = await call('POST', `/api/v1/sales/${sale.json().id}/refund`, californian, {
      amountCents: 1000,
      restock: false,
    });
    expect(refund.json().refunds[0].refundedAt).toBe('2025-12-31');

    const expense = await call('POST', '/api/v1/expenses', californian, {
      category: 'consumables',
      amountCents: 899,
      description: 'Thermal paste',
    });
    expect(expense.statusCode).toBe(201);
    expect(expense.json().spentAt).toBe('2025-12-31');

    const csv = await call('GET', '/api/v1/parts/export.csv', californian);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="parts-2025-12-31.csv"');
  });

  it('follows a change of zone at once, and the clock as it moves', async () => {
    const traveller = await signUp(ctx.app, { timezone: 'America/Los_Angeles' });
    const soldToday = async () => {
      const part = await createPart(ctx.app, traveller.cookie);
      return (await call('POST', '/api/v1/sales', traveller, { partId: part.id, priceCents: 100 })).json()
        .soldAt;
    };
    expect(await soldToday()).toBe('2025-12-31');
    await call('PATCH', '/api/v1/me', traveller, { timezone: 'Pacific/Auckland' });
    expect(await soldToday()).toBe('2026-01-01');
    clock.set('2026-01-01T11:00:00Z');
    expect(await soldToday()).toBe('2026-01-02');
    clock.set(NEW_YEARS_EVE_LA);
  });
});
