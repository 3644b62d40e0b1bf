import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers({}, { clock: fixedClock('2026-03-10T15:00:00Z') }));
});
afterAll(() => ctx.close());

const mileage = (body: object, headers = alice) =>
  call('POST', '/api/v1/expenses', headers, { category: 'mileage', description: 'Pickup run', ...body });

describe('mileage expenses', () => {
  it('works out the amount from the miles at the IRS rate of the trip’s year, to the cent', async () => {
    // 12.3 mi × 72.5¢ (2026) = 891.75¢ → $8.92, rounded half up.
    const trip = await mileage({ miles: 12.3 });
    expect(trip.statusCode, trip.body).toBe(201);
    expect(trip.json()).toMatchObject({
      spentAt: '2026-03-10',
      miles: 12.3,
      ratePerMileTenthCents: 725,
      amountCents: 892,
    });
    const old = await mileage({ miles: 100, spentAt: '2022-08-01' });
    expect(old.json()).toMatchObject({ ratePerMileTenthCents: 625, amountCents: 6_250 });
    const earlier = await mileage({ miles: 100, spentAt: '2022-06-30' });
    expect(earlier.json()).toMatchObject({ ratePerMileTenthCents: 585, amountCents: 5_850 });
    // A mileage expense typed as an amount, as before, still works.
    expect((await mileage({ amountCents: 1_500 })).json()).toMatchObject({ miles: null, amountCents: 1_500 });
  });

  it('uses the user’s own rate for a year, from then on; past expenses keep theirs', async () => {
    const before = (await mileage({ miles: 10, spentAt: '2025-05-01' })).json();
    expect(before).toMatchObject({ ratePerMileTenthCents: 700, amountCents: 700 });
    const set = await call('PUT', '/api/v1/mileage-rates/2025', alice, { ratePerMileTenthCents: 655 });
    expect(set.statusCode, set.body).toBe(200);
    const year = set.json().items.find((y: { year: number }) => y.year === 2025);
    expect(year).toMatchObject({
      ratePerMileTenthCents: 655,
      irs: [{ from: '2025-01-01', to: '2025-12-31', ratePerMileTenthCents: 700 }],
      irsExact: true,
    });
    expect(year.source).toContain('irs.gov');
    const after = (await mileage({ miles: 10, spentAt: '2025-05-02' })).json();
    expect(after).toMatchObject({ ratePerMileTenthCents: 655, amountCents: 655 });
    expect((await call('GET', `/api/v1/expenses/${before.id}`, alice)).json().amountCents).toBe(700);
    // Bob's trips stay at the IRS rate.
    expect((await mileage({ miles: 10, spentAt: '2025-05-02' }, bob)).json().amountCents).toBe(700);
    await call('DELETE', '/api/v1/mileage-rates/2025', alice);
    expect((await mileage({ miles: 10, spentAt: '2025-05-03' })).json().amountCents).toBe(700);
  });

  it('lists each year with its IRS rate and source, and says when a year’s rate is not announced yet', async () => {
    await call('PUT', '/api/v1/mileage-rates/2027', alice, { ratePerMileTenthCents: 750 });
    const { items, asOf } = (await call('GET', '/api/v1/mileage-rates', alice)).json();
    expect(asOf).toMatch(/^\d{4}-\d{2}$/);
    expect(items[0]).toMatchObject({ year: 2027, ratePerMileTenthCents: 750, irsExact: false });
    expect(items[0].source).toContain('has not announced the 2027 rate');
    const y2022 = items.find((y: { year: number }) => y.year === 2022);
    expect(y2022.irs).toEqual([
      { from: '2022-01-01', to: '2022-06-30', ratePerMileTenthCents: 585 },
      { from: '2022-07-01', to: '2022-12-31', ratePerMileTenthCents: 625 },
    ]);
    expect(items.at(-1).year).toBe(2018);
  });

  it('works the amount out again when the miles or the date change, and checks what is sent', async () => {
    const trip = (await mileage({ miles: 20, spentAt: '2026-01-05' })).json();
    const moved = await call('PATCH', `/api/v1/expenses/${trip.id}`, alice, {
      spentAt: '2024-12-30',
      miles: 25.5,
    });
    expect(moved.json()).toMatchObject({ miles: 25.5, ratePerMileTenthCents: 670, amountCents: 1_709 });
    const renamed = await call('PATCH', `/api/v1/expenses/${trip.id}`, alice, {
      description: 'Micro Center run',
    });
    expect(renamed.json()).toMatchObject({ amountCents: 1_709, description: 'Micro Center run' });

    const both = await mileage({ miles: 5, amountCents: 100 });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.fields).toEqual({
      amountCents: 'is worked out from the miles: leave it out, or leave out the miles',
    });
    const wrong = await call('POST', '/api/v1/expenses', alice, {
      category: 'tools',
      miles: 5,
      description: 'Screwdriver',
    });
    expect(wrong.json().error.fields).toEqual({ miles: 'are for mileage expenses only' });
    const fine = await mileage({ miles: 12.25 });
    expect(fine.json().error.fields).toHaveProperty('miles');
    const none = await mileage({});
    expect(none.json().error.fields).toEqual({ amountCents: 'is required' });
    expect((await call('PATCH', `/api/v1/expenses/${trip.id}`, alice, { amountCents: 5 })).statusCode).toBe(
      400,
    );
    expect(
      (await call('PUT', '/api/v1/mileage-rates/1999', alice, { ratePerMileTenthCents: 500 })).statusCode,
    ).toBe(400);
    expect(
      (await call('PUT', '/api/v1/mileage-rates/2025', alice, { ratePerMileTenthCents: 65.5 })).statusCode,
    ).toBe(400);
  });
});
