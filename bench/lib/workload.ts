/** Constants of WORKLOAD.md v1 (sections 2.3 and 3). Order matters: picks are indices into these lists. */

export const USER_COUNT = 10;
export const PARTS_PER_USER = 10_000;
export const SALES_PER_USER = 3_000;

export const CATEGORIES = [
  'cpu',
  'gpu',
  'motherboard',
  'memory',
  'storage',
  'psu',
  'case',
  'cooler',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const MODELS: Record<Category, readonly string[]> = {
  cpu: ['Ryzen 5 3600', 'Ryzen 7 5800X', 'Core i5-12400F', 'Core i7-9700K', 'Ryzen 9 5900X', 'Core i3-10100'],
  gpu: ['RTX 3060', 'RTX 3070', 'RTX 2080 Super', 'RX 6700 XT', 'RX 580', 'GTX 1080 Ti'],
  motherboard: ['B450 Tomahawk', 'X570 Aorus Elite', 'Z690-P', 'B550M Pro4', 'H610M-E', 'X470 Prime Pro'],
  memory: [
    '16GB DDR4-3200',
    '32GB DDR4-3600',
    '8GB DDR4-2666',
    '32GB DDR5-6000',
    '16GB DDR5-5600',
    '64GB DDR4-3200',
  ],
  storage: ['1TB NVMe SSD', '2TB NVMe SSD', '500GB SATA SSD', '4TB HDD', '2TB HDD', '256GB NVMe SSD'],
  psu: ['650W Bronze', '750W Gold', '850W Gold', '550W Bronze', '1000W Platinum', '600W White'],
  case: ['Meshify C', 'NZXT H510', 'Lancool II', 'Corsair 4000D', 'Phanteks P400A', 'Cooler Master Q300L'],
  cooler: ['Hyper 212', 'NH-D15', 'AK400', 'Arctic LF II 240', 'Dark Rock 4', 'Wraith Prism'],
};

/** Inclusive [lo, hi] in cents. */
export const COST_RANGE: Record<Category, readonly [number, number]> = {
  cpu: [3000, 35000],
  gpu: [5000, 80000],
  motherboard: [3000, 25000],
  memory: [1500, 20000],
  storage: [1500, 15000],
  psu: [2000, 15000],
  case: [2000, 12000],
  cooler: [1000, 9000],
};

export const SOURCES = [
  'ebay',
  'facebook_marketplace',
  'craigslist',
  'offerup',
  'reddit_hardwareswap',
  'local_pickup',
  'liquidation_lot',
  'retail_clearance',
] as const;

export const NOTES = [
  'tested working',
  'untested',
  'box included',
  'no box',
  'minor cosmetic wear',
  'needs cleaning',
  'thermal paste replaced',
  'from bulk lot',
] as const;

/** sha256sum of the generated files (WORKLOAD.md 3.1). */
export const CHECKSUMS = {
  'users.csv': '681362eb056873ec8f444d2deb4a0ed9de24dd10f90b82c76e47c33e26fe8799',
  'parts.csv': '3fefd729a5befaaa3e3891ffd0c544bd9a8215affe1c49a70519f5f2a37e8886',
  'sales.csv': '0d9ec0e02b05fbfa8b23fb0931acc40a54c69118b9024b7f75a0bcacbffa053a',
} as const;
export type CsvFile = keyof typeof CHECKSUMS;

/** R1 `total` per user, user1..user10 (WORKLOAD.md 2.4). */
export const R1_TOTALS = [522, 554, 557, 550, 489, 544, 536, 533, 509, 520] as const;

export const username = (u: number) => `user${u}`;
export const password = (u: number) => `pw-user${u}`;
/** First dataset part id of user u (1-based); the user's parts are firstPartId(u) .. firstPartId(u) + 9999. */
export const firstPartId = (u: number) => (u - 1) * PARTS_PER_USER + 1;

/** R4 totals over 2024-01..2025-12 for user1 (WORKLOAD.md 2.4), in cents. */
export const R4_USER1 = {
  sales: 2_755,
  revenue: 46_007_904,
  feesAndShipping: 6_112_200,
  cogs: 39_901_271,
  profit: -5_567,
} as const;
