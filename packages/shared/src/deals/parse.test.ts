import { describe, expect, it } from 'vitest';
import { parseListing } from './parse';

/** What a listing should read as: the parts by category and name, and the price. */
type Case = [text: string, parts: string[], priceCents?: number | null];

const names = (text: string) => parseListing(text).items.map((i) => `${i.category}: ${i.name}`);

// Listing texts as flippers meet them on Marketplace, Craigslist, OfferUp and r/hardwareswap.
const CASES: Case[] = [
  [
    'Gaming PC i7-8700K GTX 1080 16GB RAM 500GB SSD 650W - $450, works great',
    [
      'cpu: Core i7-8700K',
      'gpu: GTX 1080',
      'memory: 16 GB RAM',
      'storage: 500 GB SSD',
      'psu: 650 W power supply',
    ],
    45000,
  ],
  ['RTX 3070ti founders edition $400', ['gpu: RTX 3070 Ti'], 40000],
  ['3070ti $380 obo', ['gpu: RTX 3070 Ti'], 38000],
  [
    'Ryzen 5 5600x + b550m + 32gb ddr4 3600 - 250 firm',
    ['cpu: Ryzen 5 5600X', 'motherboard: B550M motherboard', 'memory: 32 GB DDR4-3600'],
    25000,
  ],
  ['5600x 150 shipped', ['cpu: Ryzen 5 5600X'], 15000],
  ['1tb nvme $45', ['storage: 1 TB NVMe SSD'], 4500],
  ['EVGA 650w gold psu 50 obo', ['psu: 650 W Gold power supply'], 5000],
  ['Corsair RM850x 850w gold $90', ['psu: 850 W Gold power supply'], 9000],
  ['RX 6700 XT 12gb $260', ['gpu: RX 6700 XT'], 26000],
  ['rx580 8gb 60 obo', ['gpu: RX 580'], 6000],
  ['GTX 1660 Super - $110', ['gpu: GTX 1660 Super'], 11000],
  ['RTX 3060 Ti 8GB asking 250', ['gpu: RTX 3060 Ti'], 25000],
  ['rtx 4070 super 520$', ['gpu: RTX 4070 Super'], 52000],
  ['i5-12400f + b660m ddr4 board 160', ['cpu: Core i5-12400F', 'motherboard: B660M motherboard'], 16000],
  ['i9 9900k z390 aorus pro combo $280', ['cpu: Core i9-9900K', 'motherboard: Z390 motherboard'], 28000],
  ['Ryzen 7 5800X3D $230 firm', ['cpu: Ryzen 7 5800X3D'], 23000],
  ['r7 3700x 95 obo', ['cpu: Ryzen 7 3700X'], 9500],
  ['x570 tomahawk 120', ['motherboard: X570 motherboard'], 12000],
  ['2x8gb ddr4-3200 $30', ['memory: 16 GB DDR4-3200'], 3000],
  ['16gb (2x8) ddr4 3200 ram 25 bucks', ['memory: 16 GB DDR4-3200'], 2500],
  ['64gb ddr5 6000 $150', ['memory: 64 GB DDR5-6000'], 15000],
  ['2tb hdd $30', ['storage: 2 TB HDD'], 3000],
  ['Samsung 970 evo plus 500gb m.2 $40', ['storage: 500 GB NVMe SSD'], 4000],
  ['ssd 256gb 15', ['storage: 256 GB SSD'], 1500],
  ['NZXT H510 case $50', ['case: Nzxt H510'], 5000],
  ['Fractal Meshify C white $60', ['case: Fractal MESHIFY C'], 6000],
  ['240mm aio cooler $40', ['cooler: 240 mm AIO liquid cooler'], 4000],
  ['Hyper 212 evo 15$', ['cooler: Hyper 212 Evo'], 1500],
  [
    'Full build: Ryzen 5 3600, RTX 2070 Super, 16gb ddr4, 1tb nvme, 650w bronze, b450 mobo. $650 OBO',
    [
      'cpu: Ryzen 5 3600',
      'gpu: RTX 2070 Super',
      'memory: 16 GB DDR4',
      'storage: 1 TB NVMe SSD',
      'psu: 650 W Bronze power supply',
      'motherboard: B450 motherboard',
    ],
    65000,
  ],
  [
    'Budget gamer i5 6500 gtx 1060 6gb 8gb ram 240gb ssd 500w $200',
    [
      'cpu: Core i5-6500',
      'gpu: GTX 1060',
      'memory: 8 GB RAM',
      'storage: 240 GB SSD',
      'psu: 500 W power supply',
    ],
    20000,
  ],
  ['RTX 3080 10GB - $1,200 (never mined)', ['gpu: RTX 3080'], 120000],
  ['3090 $700 local only', ['gpu: RTX 3090'], 70000],
  ['price: 300 for rtx 2080 ti', ['gpu: RTX 2080 Ti'], 30000],
  ['selling my 4090 for 1500 firm', ['gpu: RTX 4090'], 150000],
  ['i7 4790k 40 obo', ['cpu: Core i7-4790K'], 4000],
  ['Intel Core i3-10100 $45', ['cpu: Core i3-10100'], 4500],
  ['B550M DS3H + ryzen 5 5500 $110', ['motherboard: B550M motherboard', 'cpu: Ryzen 5 5500'], 11000],
  ['750 watt 80+ gold power supply $60', ['psu: 750 W Gold power supply'], 6000],
  ['1000w platinum $120', ['psu: 1000 W Platinum power supply'], 12000],
  ['32gb ddr4 3600 $55', ['memory: 32 GB DDR4-3600'], 5500],
  ['4tb hdd + 2tb nvme 100', ['storage: 4 TB HDD', 'storage: 2 TB NVMe SSD'], 10000],
  [
    'rtx 3070 + 5600x + b550 + 16gb ddr4 3200 + 1tb nvme + 750w gold + nzxt h510 $700',
    [
      'gpu: RTX 3070',
      'cpu: Ryzen 5 5600X',
      'motherboard: B550 motherboard',
      'memory: 16 GB DDR4-3200',
      'storage: 1 TB NVMe SSD',
      'psu: 750 W Gold power supply',
      'case: Nzxt H510',
    ],
    70000,
  ],
];

describe('parseListing', () => {
  it(`reads ${CASES.length} real listing texts into parts and a price`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const [text, parts, priceCents] of CASES) {
    it(text, () => {
      expect(names(text).sort()).toEqual([...parts].sort());
      if (priceCents !== undefined) expect(parseListing(text).askingPriceCents).toBe(priceCents);
    });
  }

  it('reads the price terms and the condition', () => {
    expect(parseListing('3070 $400 obo').priceTerms).toBe('obo');
    expect(parseListing('3070 400 firm').priceTerms).toBe('firm');
    expect(parseListing('3070 $400').priceTerms).toBeNull();
    expect(parseListing('sealed rtx 4060 $250').condition).toBe('new');
    expect(parseListing('gtx 1080 for parts, no display $40').condition).toBe('for_parts');
    expect(parseListing('gtx 1080 $120').condition).toBe('used');
  });

  it('reads specs for the catalog and the compatibility check', () => {
    const { items } = parseListing('32gb ddr4 3600 1tb nvme 850w gold b550m');
    expect(items.map((i) => [i.category, i.specs, i.query])).toEqual([
      [
        'memory',
        { memoryType: 'DDR4', totalGb: 32, speedMts: 3600, modules: null, moduleGb: null },
        '32gb ddr4 3600',
      ],
      ['storage', { kind: 'ssd', capacityGb: 1000, bus: 'nvme' }, '1tb nvme'],
      ['psu', { wattageW: 850, efficiency: 'gold' }, '850w gold'],
      ['motherboard', { chipset: 'B550' }, 'b550m'],
    ]);
  });

  it('lists the words it did not understand, without filler', () => {
    expect(
      parseListing('Gaming PC i7-8700K GTX 1080 Thermaltake Versa H18 $450, works great').unmatched,
    ).toEqual(['thermaltake', 'versa', 'h18']);
  });

  it('finds no price when there is none, and never takes a part number for one', () => {
    expect(parseListing('rtx 3070 and 5600x').askingPriceCents).toBeNull();
  });
});
