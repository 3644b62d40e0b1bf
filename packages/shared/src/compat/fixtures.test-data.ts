import type { Category } from '../parts/enums';
import type { MotherboardSpecs, SpecsByCategory } from '../parts/specs';

// Real rows of the parts catalog in this repository, apps/server/catalog/<file>.jsonl.gz (trimmed from
// docyx/pc-part-dataset at commit c52a04c; see apps/server/catalog/README.md), copied by hand into our
// spec shape the way the catalog mapping does it; the row id is the item id. Values the dataset lacks
// (case clearances and PSU size, cooler height/sockets/rating, board M.2 and SATA counts) are entered
// as a user would from the maker's spec sheet, and marked "entered".
// GPU board power comes from the catalog mapping's reference table (gpu-power.ts).

/** A part maker per category, so each fixture reads as one row: maker(id, name, specs). */
const maker =
  <C extends Category>(category: C) =>
  (id: string, name: string, specs: Partial<SpecsByCategory[C]>) => ({ id, name, category, specs });
const cpu = maker('cpu');
const board = maker('motherboard');
const memory = maker('memory');
const gpu = maker('gpu');
const psu = maker('psu');
const pcCase = maker('case');
const cooler = maker('cooler');
const drive = maker('storage');

const chip = (socket: string, microarchitecture: string, tdpW: number, integratedGraphics: boolean) => ({
  socket,
  microarchitecture,
  tdpW,
  integratedGraphics,
});

export const CPU = {
  ryzen5600x: cpu('cpu-00009', 'AMD Ryzen 5 5600X', { ...chip('AM4', 'Zen 3', 65, false), cores: 6 }),
  ryzen2600: cpu('cpu-00061', 'AMD Ryzen 5 2600', { ...chip('AM4', 'Zen+', 65, false), cores: 6 }),
  ryzen7600x: cpu('cpu-00003', 'AMD Ryzen 5 7600X', { ...chip('AM5', 'Zen 4', 105, true), cores: 6 }),
  ryzen7700x: cpu('cpu-00005', 'AMD Ryzen 7 7700X', { ...chip('AM5', 'Zen 4', 105, true), cores: 8 }),
  ryzen9700x: cpu('cpu-00008', 'AMD Ryzen 7 9700X', { ...chip('AM5', 'Zen 5', 65, true), cores: 8 }),
  i5_12400f: cpu('cpu-00014', 'Intel Core i5-12400F', {
    ...chip('LGA1700', 'Alder Lake', 65, false),
    cores: 6,
  }),
  i5_13600k: cpu('cpu-00080', 'Intel Core i5-13600K', {
    ...chip('LGA1700', 'Raptor Lake', 125, true),
    cores: 14,
  }),
  i9_13900k: cpu('cpu-00072', 'Intel Core i9-13900K', {
    ...chip('LGA1700', 'Raptor Lake', 125, true),
    cores: 24,
  }),
  i5_14600k: cpu('cpu-00020', 'Intel Core i5-14600K', {
    ...chip('LGA1700', 'Raptor Lake Refresh', 125, true),
    cores: 14,
  }),
  i5_11400: cpu('cpu-00147', 'Intel Core i5-11400', {
    ...chip('LGA1200', 'Rocket Lake', 65, true),
    cores: 6,
  }),
  i5_9600k: cpu('cpu-00099', 'Intel Core i5-9600K', {
    ...chip('LGA1151', 'Coffee Lake Refresh', 95, true),
    cores: 6,
  }),
  i7_7700k: cpu('cpu-00081', 'Intel Core i7-7700K', { ...chip('LGA1151', 'Kaby Lake', 91, true), cores: 4 }),
  i7_6700k: cpu('cpu-00091', 'Intel Core i7-6700K', { ...chip('LGA1151', 'Skylake', 91, true), cores: 4 }),
};

const atx = (socket: string, chipset: string, memoryType: MotherboardSpecs['memoryType']) => ({
  socket,
  chipset,
  formFactor: 'ATX' as const,
  memoryType,
  memorySlots: 4,
});

export const BOARD = {
  // memory_type_inferred is null for this LGA1700 board (DDR4 and DDR5 variants exist).
  msiZ690a: board('motherboard-01040', 'MSI PRO Z690-A', {
    ...atx('LGA1700', 'Z690', null),
    maxMemoryGb: 192,
  }),
  msiZ690aDdr4: board('motherboard-00293', 'MSI PRO Z690-A DDR4', {
    ...atx('LGA1700', 'Z690', 'DDR4'),
    maxMemoryGb: 128,
    m2Slots: 4, // entered
    sataPorts: 6, // entered
  }),
  b450Tomahawk: board('motherboard-00147', 'MSI B450 TOMAHAWK MAX', {
    ...atx('AM4', 'B450', 'DDR4'),
    maxMemoryGb: 128,
    m2Slots: 1, // entered
    sataPorts: 6, // entered
  }),
  b450mApro: board('motherboard-00037', 'MSI B450M-A PRO MAX II', {
    socket: 'AM4',
    chipset: 'B450',
    formFactor: 'Micro ATX',
    memoryType: 'DDR4',
    memorySlots: 2,
    maxMemoryGb: 64,
    m2Slots: 1, // entered
    sataPorts: 4, // entered
  }),
  b550Tomahawk: board('motherboard-00029', 'MSI MAG B550 TOMAHAWK MAX WIFI', {
    ...atx('AM4', 'B550', 'DDR4'),
    maxMemoryGb: 128,
  }),
  b650Prime: board('motherboard-00001', 'Asus PRIME B650-PLUS WIFI', {
    ...atx('AM5', 'B650', 'DDR5'),
    maxMemoryGb: 192,
    m2Slots: 3, // entered
    sataPorts: 4, // entered
  }),
  x870eTaichi: board('motherboard-00106', 'ASRock X870E Taichi', {
    ...atx('AM5', 'X870E', 'DDR5'),
    formFactor: 'EATX',
    maxMemoryGb: 256,
  }),
  b760mP: board('motherboard-00043', 'MSI PRO B760M-P DDR4', {
    ...atx('LGA1700', 'B760', 'DDR4'),
    formFactor: 'Micro ATX',
    maxMemoryGb: 128,
  }),
  z390aPro: board('motherboard-00249', 'MSI Z390-A PRO', {
    ...atx('LGA1151', 'Z390', 'DDR4'),
    maxMemoryGb: 128,
  }),
  z370aPro: board('motherboard-00504', 'MSI Z370-A PRO', {
    ...atx('LGA1151', 'Z370', 'DDR4'),
    maxMemoryGb: 64,
  }),
  // memory_type_inferred is null: 100-series boards came with DDR4 or DDR3L.
  z170a: board('motherboard-00521', 'Asus Z170-A', { ...atx('LGA1151', 'Z170', null), maxMemoryGb: 64 }),
  b460m: board('motherboard-00587', 'MSI B460M PRO-VDH WIFI', {
    ...atx('LGA1200', 'B460', 'DDR4'),
    formFactor: 'Micro ATX',
    maxMemoryGb: 128,
  }),
  z490aPro: board('motherboard-00410', 'MSI Z490-A PRO', {
    ...atx('LGA1200', 'Z490', 'DDR4'),
    maxMemoryGb: 128,
  }),
};

const kit = (memoryType: 'DDR4' | 'DDR5', speedMts: number, modules: number, moduleGb: number) => ({
  memoryType,
  speedMts,
  modules,
  moduleGb,
  totalGb: modules * moduleGb,
});

export const MEMORY = {
  lpx16: memory('memory-00003', 'Corsair Vengeance LPX 16 GB', {
    ...kit('DDR4', 3200, 2, 8),
    casLatency: 16,
  }),
  lpx64: memory('memory-00045', 'Corsair Vengeance LPX 64 GB', {
    ...kit('DDR4', 3200, 2, 32),
    casLatency: 16,
  }),
  lpx128: memory('memory-00325', 'Corsair Vengeance LPX 128 GB', {
    ...kit('DDR4', 3200, 4, 32),
    casLatency: 16,
  }),
  furyBeast16: memory('memory-00254', 'Kingston FURY Beast 16 GB', {
    ...kit('DDR4', 3200, 1, 16),
    casLatency: 16,
  }),
  vengeanceRgb32: memory('memory-00001', 'Corsair Vengeance RGB 32 GB', {
    ...kit('DDR5', 6000, 2, 16),
    casLatency: 36,
  }),
};

export const GPU = {
  rtx3060: gpu('video-card-00001', 'MSI GeForce RTX 3060 Ventus 2X 12G', {
    chipset: 'GeForce RTX 3060 12GB',
    vramGb: 12,
    lengthMm: 235,
    tdpW: 170,
  }),
  rtx4090fe: gpu('video-card-00076', 'NVIDIA Founders Edition', {
    chipset: 'GeForce RTX 4090',
    vramGb: 24,
    lengthMm: 304,
    tdpW: 450,
  }),
  rtx5090astral: gpu('video-card-00009', 'Asus ROG Astral OC', {
    chipset: 'GeForce RTX 5090',
    vramGb: 32,
    lengthMm: 358,
    tdpW: 575,
  }),
  // length_mm is null in the dataset, and the GT 730 is not in the board-power table.
  gt730: gpu('video-card-00462', 'Zotac ZT-71115-20L', {
    chipset: 'GeForce GT 730',
    vramGb: 4,
    lengthMm: null,
    tdpW: null,
  }),
};

export const PSU = {
  cv450: psu('power-supply-00282', 'Corsair CV450', {
    wattageW: 450,
    formFactor: 'ATX',
    efficiency: 'bronze',
    modular: 'none',
  }),
  a650bn: psu('power-supply-00003', 'MSI MAG A650BN', {
    wattageW: 650,
    formFactor: 'ATX',
    efficiency: 'bronze',
  }),
  a750gl: psu('power-supply-00001', 'MSI MAG A750GL PCIE5', {
    wattageW: 750,
    formFactor: 'ATX',
    efficiency: 'gold',
  }),
  rm1000e: psu('power-supply-00004', 'Corsair RM1000e (2023)', { wattageW: 1000, formFactor: 'ATX' }),
  sf750: psu('power-supply-00013', 'Corsair SF750 (2024)', { wattageW: 750, formFactor: 'SFX' }),
};

export const CASE = {
  // Only dataset values: clearances unknown. The PSU size is inferred from the type.
  montechXr: pcCase('case-00001', 'Montech XR', {
    type: 'ATX Mid Tower',
    boardFormFactors: ['ATX', 'Micro ATX', 'Mini ITX'],
    psuFormFactor: 'ATX',
  }),
  // included_psu_w is 750 in the dataset (a bundle listing).
  corsair4000d: pcCase('case-00424', 'Corsair 4000D Airflow', {
    type: 'ATX Mid Tower',
    boardFormFactors: ['ATX', 'Micro ATX', 'Mini ITX'],
    maxGpuLengthMm: 360, // entered
    maxCoolerHeightMm: 170, // entered
    psuFormFactor: 'ATX',
    includedPsuW: 750,
  }),
  q300l: pcCase('case-00005', 'Cooler Master MasterBox Q300L', {
    type: 'MicroATX Mini Tower',
    boardFormFactors: ['Micro ATX', 'Mini ITX'],
    maxGpuLengthMm: 360, // entered
    maxCoolerHeightMm: 157, // entered
    psuFormFactor: 'ATX', // entered
  }),
  nr200: pcCase('case-00037', 'Cooler Master MasterBox NR200', {
    type: 'Mini ITX Desktop',
    boardFormFactors: ['Mini ITX'],
    maxGpuLengthMm: 330, // entered
    maxCoolerHeightMm: 155, // entered
  }),
  terra: pcCase('case-00030', 'Fractal Design Terra', {
    type: 'Mini ITX Desktop',
    boardFormFactors: ['Mini ITX'],
    maxGpuLengthMm: 322, // entered
    maxCoolerHeightMm: 77, // entered
    psuFormFactor: 'SFX-L', // entered
  }),
  // HTPC: the dataset cannot say which boards it takes.
  flp01: pcCase('case-00359', 'Silverstone FLP01', { type: 'HTPC', boardFormFactors: null }),
};

export const COOLER = {
  nhD15: cooler('cpu-cooler-00024', 'Noctua NH-D15', {
    liquid: null,
    heightMm: 165, // entered
    sockets: ['LGA1851', 'LGA1700', 'LGA1200', 'LGA115x', 'AM4', 'AM5'], // entered
    ratedTdpW: 250, // entered
  }),
  hyper212: cooler('cpu-cooler-00003', 'Cooler Master Hyper 212 Black Edition', {
    liquid: null,
    heightMm: 159, // entered
    sockets: ['LGA1700', 'LGA1200', 'LGA1151', 'AM4', 'AM5'], // entered
    ratedTdpW: 150, // entered
  }),
  nhL9i: cooler('cpu-cooler-00208', 'Noctua NH-L9i', {
    liquid: null,
    heightMm: 37, // entered
    sockets: ['LGA1200', 'LGA1151', 'LGA1150', 'LGA1155', 'LGA1156'], // entered
    ratedTdpW: 65, // entered
  }),
  // Dataset values only: radiator_mm 360, liquid true.
  kraken360: cooler('cpu-cooler-00007', 'NZXT Kraken 360', { liquid: true, radiatorMm: 360 }),
};

export const DRIVE = {
  samsung990Pro: drive('internal-hard-drive-00001', 'Samsung 990 Pro', {
    kind: 'ssd',
    capacityGb: 2000,
    bus: 'nvme',
    formFactor: 'M.2-2280',
  }),
  crucialP3Plus: drive('internal-hard-drive-00002', 'Crucial P3 Plus', {
    kind: 'ssd',
    capacityGb: 1000,
    bus: 'nvme',
    formFactor: 'M.2-2280',
  }),
  samsung870Evo: drive('internal-hard-drive-00017', 'Samsung 870 Evo', {
    kind: 'ssd',
    capacityGb: 1000,
    bus: 'sata',
    formFactor: '2.5"',
  }),
  teamMs30: drive('internal-hard-drive-00237', 'TEAMGROUP MS30', {
    kind: 'ssd',
    capacityGb: 512,
    bus: 'sata',
    formFactor: 'M.2-2280',
  }),
  barracuda: drive('internal-hard-drive-00012', 'Seagate Barracuda Compute', {
    kind: 'hdd',
    capacityGb: 2000,
    bus: 'sata',
    formFactor: '3.5"',
  }),
};
