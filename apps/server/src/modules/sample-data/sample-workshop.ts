import {
  addDays,
  type BuildCreate,
  type ExpenseCreate,
  type LotCreate,
  type PartCreate,
  type Platform,
} from '@partwise/shared';

/**
 * A small flipper's last three months, dated back from the owner's today so the dashboard, analytics and
 * aging show something at once: a whole PC bought as a lot and being rebuilt, parts bought one by one, some
 * sold (the last today, so this month has a figure even on its first day), one listed, some still on the
 * shelf, two expenses.
 */
export function sampleWorkshop(today: string) {
  const daysAgo = (n: number) => addDays(today, -n);
  const source = 'Sample data';
  const part = (p: PartCreate & { daysAgo: number }) => {
    const { daysAgo: ago, ...rest } = p;
    return { ...rest, acquiredAt: daysAgo(ago), source: p.source ?? source };
  };

  const lot: LotCreate = {
    name: 'Whole gaming PC from Marketplace',
    totalCostCents: 30_000,
    acquiredAt: daysAgo(62),
    source: 'Facebook Marketplace',
    notes: 'Sample data: the seller upgraded; everything worked on pickup.',
    parts: [
      {
        name: 'AMD Ryzen 5 3600',
        category: 'cpu',
        brand: 'AMD',
        weight: 3,
        specs: { socket: 'AM4', cores: 6, tdpW: 65, integratedGraphics: false },
      },
      {
        name: 'MSI B450 Tomahawk Max',
        category: 'motherboard',
        brand: 'MSI',
        weight: 2,
        specs: {
          socket: 'AM4',
          formFactor: 'ATX',
          memoryType: 'DDR4',
          memorySlots: 4,
          m2Slots: 1,
          sataPorts: 6,
        },
      },
      {
        name: 'Corsair Vengeance LPX 16 GB (2×8) DDR4-3200',
        category: 'memory',
        brand: 'Corsair',
        weight: 1,
        specs: { memoryType: 'DDR4', speedMts: 3200, modules: 2, moduleGb: 8, totalGb: 16 },
      },
      {
        name: 'NVIDIA GeForce GTX 1070 8 GB',
        category: 'gpu',
        brand: 'EVGA',
        weight: 4,
        specs: { chipset: 'GeForce GTX 1070', vramGb: 8, lengthMm: 267, tdpW: 150 },
      },
      {
        name: 'Crucial MX500 500 GB',
        category: 'storage',
        brand: 'Crucial',
        weight: 1,
        specs: { kind: 'ssd', capacityGb: 500, bus: 'sata', formFactor: '2.5"' },
      },
      {
        name: 'EVGA 600 BR',
        category: 'psu',
        brand: 'EVGA',
        weight: 1,
        specs: { wattageW: 600, formFactor: 'ATX', efficiency: 'bronze', modular: 'none' },
      },
      {
        name: 'NZXT H510',
        category: 'case',
        brand: 'NZXT',
        weight: 1,
        specs: {
          type: 'ATX Mid Tower',
          boardFormFactors: ['ATX', 'Micro ATX', 'Mini ITX'],
          maxGpuLengthMm: 381,
          maxCoolerHeightMm: 165,
          psuFormFactor: 'ATX',
        },
      },
    ],
  };

  /** Bought one by one; `sale` when it has sold since. */
  const singles: {
    part: PartCreate;
    sale?: { soldAt: string; priceCents: number; shippingCents?: number; platform: Platform };
  }[] = [
    {
      part: part({
        name: 'NVIDIA GeForce RTX 3070 Founders Edition',
        category: 'gpu',
        brand: 'NVIDIA',
        condition: 'used',
        grade: 4,
        costCents: 28_000,
        daysAgo: 85,
        source: 'eBay',
        specs: { chipset: 'GeForce RTX 3070', vramGb: 8, lengthMm: 242, tdpW: 220 },
      }),
      sale: { soldAt: daysAgo(71), priceCents: 36_500, shippingCents: 1_800, platform: 'ebay' },
    },
    {
      part: part({
        name: 'AMD Ryzen 7 5800X',
        category: 'cpu',
        brand: 'AMD',
        costCents: 14_500,
        daysAgo: 58,
        source: 'r/hardwareswap',
        specs: { socket: 'AM4', cores: 8, tdpW: 105, integratedGraphics: false },
      }),
      sale: {
        soldAt: daysAgo(33),
        priceCents: 19_000,
        shippingCents: 1_100,
        platform: 'reddit_hardwareswap',
      },
    },
    {
      part: part({
        name: 'Samsung 970 EVO Plus 1 TB',
        category: 'storage',
        brand: 'Samsung',
        costCents: 4_000,
        daysAgo: 40,
        source: 'Liquidation sale',
        specs: { kind: 'ssd', capacityGb: 1000, bus: 'nvme', formFactor: 'M.2-2280' },
      }),
      sale: { soldAt: daysAgo(12), priceCents: 6_500, platform: 'facebook_marketplace' },
    },
    {
      part: part({
        name: 'AMD Radeon RX 6600 XT',
        category: 'gpu',
        brand: 'XFX',
        costCents: 17_000,
        daysAgo: 30,
        source: 'OfferUp',
        specs: { chipset: 'Radeon RX 6600 XT', vramGb: 8, lengthMm: 240, tdpW: 160 },
      }),
      sale: { soldAt: today, priceCents: 21_000, platform: 'offerup' },
    },
    {
      part: part({
        name: 'Corsair Vengeance 32 GB (2×16) DDR4-3600',
        category: 'memory',
        brand: 'Corsair',
        costCents: 5_000,
        daysAgo: 21,
        source: 'eBay',
        specs: { memoryType: 'DDR4', speedMts: 3600, modules: 2, moduleGb: 16, totalGb: 32 },
      }),
    },
    {
      part: part({
        name: 'Noctua NH-D15',
        category: 'cooler',
        brand: 'Noctua',
        condition: 'used',
        grade: 5,
        costCents: 4_000,
        daysAgo: 16,
        specs: { liquid: false, heightMm: 165, sockets: ['AM4', 'AM5', 'LGA1700'], ratedTdpW: 220 },
      }),
    },
    {
      part: part({
        name: 'AMD Radeon RX 580 8 GB',
        category: 'gpu',
        brand: 'Sapphire',
        condition: 'used',
        grade: 3,
        costCents: 6_000,
        daysAgo: 120,
        source: 'Craigslist',
        specs: { chipset: 'Radeon RX 580', vramGb: 8, lengthMm: 240, tdpW: 185 },
      }),
    },
    {
      part: part({
        name: 'Seasonic Focus GX-750',
        category: 'psu',
        brand: 'Seasonic',
        costCents: 5_500,
        daysAgo: 9,
        specs: { wattageW: 750, formFactor: 'ATX', efficiency: 'gold', modular: 'full' },
      }),
    },
  ];

  /** The lot's parts rebuilt as one PC, listed on Marketplace. */
  const build: BuildCreate = {
    name: 'Budget 1080p gaming PC',
    notes: 'Sample data: the Marketplace lot, cleaned and repasted.',
    targetPriceCents: 55_000,
  };
  const buildListing = { platform: 'facebook_marketplace' as const, priceCents: 55_000 };
  /** The 32 GB kit (singles[4]) listed on eBay. */
  const partListing = { single: 4, platform: 'ebay' as const, priceCents: 8_500 };

  const expenses: ExpenseCreate[] = [
    {
      category: 'shipping_supplies',
      amountCents: 1_850,
      spentAt: daysAgo(70),
      description: 'Boxes and anti-static bags (sample data)',
    },
    {
      category: 'consumables',
      amountCents: 999,
      spentAt: daysAgo(45),
      description: 'Thermal paste and isopropyl alcohol (sample data)',
    },
  ];

  return { lot, singles, build, buildListing, partListing, expenses };
}
