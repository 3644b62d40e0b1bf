import { TITLE_LIMITS } from '@partwise/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/app';
import { appWithTwoUsers, type Call, type Headers } from '../../test/app-with-users';
import { createPart } from '../../test/parts';

let ctx: TestContext;
let alice: Headers;
let bob: Headers;
let call: Call;

beforeAll(async () => {
  ({ ctx, alice, bob, call } = await appWithTwoUsers());
});
afterAll(() => ctx.close());

const list = async (body: object, headers = alice) => {
  const res = await call('POST', '/api/v1/listings', headers, { priceCents: 45_000, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

describe('listing text written from the record', () => {
  it('titles and describes a part from its specs, condition, grade and notes', async () => {
    const ram = await createPart(ctx.app, alice, {
      name: 'Corsair Vengeance LPX 16 GB',
      category: 'memory',
      brand: 'Corsair',
      grade: 5,
      notes: 'MemTest86 4 passes, no errors',
      specs: { memoryType: 'DDR4', speedMts: 3200, modules: 2, moduleGb: 8, totalGb: 16, casLatency: 16 },
    });
    const listing = await list({ partId: ram.id, platform: 'ebay' });
    expect(listing.title).toBe('Corsair Vengeance LPX 16 GB DDR4 3200MHz CL16 (2x8GB)');
    expect(listing.description).toBe(
      [
        'Corsair Vengeance LPX 16 GB',
        '',
        'Specs:',
        '- Capacity: 16 GB',
        '- Modules: 2 × 8 GB',
        '- Type: DDR4',
        '- Speed: 3200 MT/s',
        '- CAS latency: CL16',
        '',
        'Condition: Used, grade 5 of 5',
        '',
        'Notes:',
        'MemTest86 4 passes, no errors',
      ].join('\n'),
    );
  });

  it('titles a build by its CPU, graphics card, memory and storage within the platform limit', async () => {
    const build = (
      await call('POST', '/api/v1/builds', alice, { name: 'Budget 1440p', notes: 'Windows 11 installed' })
    ).json();
    const parts = [
      { name: 'AMD Ryzen 5 5600X', category: 'cpu', specs: { cores: 6, socket: 'AM4' } },
      {
        name: 'Asus GeForce RTX 3070 DUAL OC',
        category: 'gpu',
        specs: { chipset: 'GeForce RTX 3070', vramGb: 8 },
      },
      { name: 'Corsair Vengeance LPX 16 GB', category: 'memory', specs: { totalGb: 16, memoryType: 'DDR4' } },
      {
        name: 'Samsung 970 Evo Plus',
        category: 'storage',
        specs: { capacityGb: 1000, kind: 'ssd', bus: 'nvme' },
      },
      {
        name: 'Seagate Barracuda',
        category: 'storage',
        specs: { capacityGb: 2000, kind: 'hdd', bus: 'sata' },
      },
    ] as const;
    for (const fields of parts) {
      const p = await createPart(ctx.app, alice, fields);
      await call('POST', `/api/v1/builds/${build.id}/parts`, alice, { partId: p.id });
    }
    const marketplace = await list({ buildId: build.id, platform: 'facebook_marketplace' });
    expect(marketplace).toMatchObject({
      title: 'Gaming PC | Ryzen 5 5600X | RTX 3070 | 16GB DDR4 | 1TB NVMe SSD + 2TB HDD',
      delivery: 'local',
    });
    expect(marketplace.description).toContain(
      '- Graphics card: Asus GeForce RTX 3070 DUAL OC (chipset: GeForce RTX 3070, video memory: 8 GB)',
    );
    expect(marketplace.description).toContain('Notes:\nWindows 11 installed');

    // Listed again elsewhere: the same words, the title fitted to Craigslist's 70 characters.
    const craigslist = await list({ buildId: build.id, platform: 'craigslist' });
    expect(craigslist.title).toBe('Gaming PC | Ryzen 5 5600X | RTX 3070 | 16GB DDR4 | 1TB NVMe SSD + 2TB');
    expect(craigslist.title.length).toBeLessThanOrEqual(TITLE_LIMITS.craigslist.max);
    expect(craigslist.description).toBe(marketplace.description);

    // An edited listing is what carries over; text that is sent is kept as sent.
    await call('PATCH', `/api/v1/listings/${craigslist.id}`, alice, { description: 'Edited by hand' });
    const ebay = await list({ buildId: build.id, platform: 'ebay' });
    expect(ebay.description).toBe('Edited by hand');
    const own = await list({
      buildId: build.id,
      platform: 'offerup',
      title: 'My own title',
      description: '',
    });
    expect(own).toMatchObject({ title: 'My own title', description: '' });
  });

  it("never writes from another user's record", async () => {
    const p = await createPart(ctx.app, alice, { name: 'Secret part' });
    const res = await call('POST', '/api/v1/listings', bob, {
      partId: p.id,
      platform: 'ebay',
      priceCents: 1,
    });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Secret part');
  });
});
