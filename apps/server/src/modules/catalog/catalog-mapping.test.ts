import { parseSpecs } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { type DatasetCategory, mapCatalogRow, priceCents } from './catalog-mapping';
import { inferGpuBoardPowerW } from './gpu-power';

// Real rows from the dataset (apps/server/catalog/<file>.jsonl.gz).
const ROWS = {
  ryzen5600x: `{"id":"cpu-00009","name":"AMD Ryzen 5 5600X","price_usd":158.99,"vendor":"AMD","microarchitecture":"Zen 3","socket_inferred":"AM4","core_count":6,"core_clock_ghz":3.7,"boost_clock_ghz":4.6,"tdp_w":65,"igpu":null,"has_igpu":false,"dup_count":1}`,
  ryzen7500f: `{"id":"cpu-00025","name":"AMD Ryzen 5 7500F","price_usd":null,"vendor":"AMD","microarchitecture":"Zen 4","socket_inferred":"AM5","core_count":6,"core_clock_ghz":3.7,"boost_clock_ghz":5,"tdp_w":65,"igpu":null,"has_igpu":false,"dup_count":2}`,
  b760: `{"id":"motherboard-00015","name":"MSI B760 GAMING PLUS WIFI","price_usd":169.99,"socket":"LGA1700","cpu_socket_count":1,"cpu_integrated":false,"form_factor":"ATX","memory_slots":4,"max_memory_gb":192,"chipset_inferred":"B760","memory_type_inferred":null,"memory_type_basis":null,"dup_count":1}`,
  dualSocket: `{"id":"motherboard-00369","name":"Supermicro MBD-X10DAX","price_usd":900,"socket":"2 x LGA2011-3","cpu_socket_count":2,"cpu_integrated":false,"form_factor":"EATX","memory_slots":16,"max_memory_gb":2048,"chipset_inferred":null,"memory_type_inferred":"DDR4","memory_type_basis":"socket","dup_count":1}`,
  q300l: `{"id":"case-00005","name":"Cooler Master MasterBox Q300L","price_usd":45.98,"type":"MicroATX Mini Tower","max_mobo_form_factor_inferred":"Micro ATX","mobo_form_factors_inferred":["Micro ATX","Mini ITX"],"included_psu_w":null,"external_volume_l":33.6,"internal_35_bays":1,"dup_count":1}`,
  with750w: `{"id":"case-00424","name":"Corsair 4000D Airflow","price_usd":null,"type":"ATX Mid Tower","max_mobo_form_factor_inferred":"ATX","mobo_form_factors_inferred":["ATX","Micro ATX","Mini ITX"],"included_psu_w":750,"external_volume_l":48.6,"internal_35_bays":2,"dup_count":1}`,
  htpc: `{"id":"case-00359","name":"Silverstone FLP01","price_usd":null,"type":"HTPC","max_mobo_form_factor_inferred":null,"mobo_form_factors_inferred":null,"included_psu_w":null,"external_volume_l":27.1,"internal_35_bays":1,"dup_count":1}`,
  rtx3070ti: `{"id":"video-card-00212","name":"EVGA FTW3 ULTRA GAMING","price_usd":765,"chipset":"GeForce RTX 3070 Ti","chipset_vendor":"NVIDIA","memory_gb":8,"core_clock_mhz":1575,"boost_clock_mhz":1860,"length_mm":300,"dup_count":1}`,
  gtx460: `{"id":"video-card-02416","name":"Gigabyte GV-N460OC-1GI V3","price_usd":154.87,"chipset":"GeForce GTX 460","chipset_vendor":"NVIDIA","memory_gb":1,"core_clock_mhz":788,"boost_clock_mhz":null,"length_mm":238,"dup_count":1}`,
  rm750x: `{"id":"power-supply-00060","name":"Corsair RM750x SHIFT","price_usd":154.99,"form_factor":"ATX","wattage_w":750,"efficiency":"gold","modular":"full_side","dup_count":1}`,
  cx650: `{"id":"power-supply-00016","name":"Corsair CX (2023)","price_usd":69.98,"form_factor":"ATX","wattage_w":650,"efficiency":"bronze","modular":"none","dup_count":1}`,
  sf1000: `{"id":"power-supply-00009","name":"Corsair SF1000 (2024)","price_usd":239.99,"form_factor":"SFX","wattage_w":1000,"efficiency":"platinum","modular":"full","dup_count":1}`,
  ddr2: `{"id":"memory-00203","name":"Kingston KHX8500D2K2/4GR 4 GB","price_usd":null,"price_per_gb_usd":null,"ddr_gen":2,"memory_type":"DDR2","speed_mts":1066,"module_count":2,"module_gb":2,"total_gb":4,"cas_latency":5,"first_word_latency_ns":9.381,"dup_count":1}`,
  flareX5: `{"id":"memory-00002","name":"G.Skill Flare X5 32 GB","price_usd":89.99,"price_per_gb_usd":2.812,"ddr_gen":5,"memory_type":"DDR5","speed_mts":6000,"module_count":2,"module_gb":16,"total_gb":32,"cas_latency":36,"first_word_latency_ns":12,"dup_count":1}`,
  aio360: `{"id":"cpu-cooler-00002","name":"ARCTIC Liquid Freezer III Pro 360","price_usd":84.99,"radiator_mm":360,"liquid":true,"dup_count":1}`,
  airCooler: `{"id":"cpu-cooler-00001","name":"Thermalright Peerless Assassin 120 SE","price_usd":34.9,"radiator_mm":null,"liquid":null,"dup_count":1}`,
  barracuda: `{"id":"internal-hard-drive-00012","name":"Seagate Barracuda Compute","price_usd":66.99,"price_per_gb_usd":0.033,"capacity_gb":2000,"kind":"HDD","rpm":7200,"form_factor":"3.5\\"","m2":false,"interface":"SATA 6.0 Gb/s","bus":"sata","pcie_gen":null,"pcie_lanes":null,"cache_mb":256,"dup_count":1}`,
  ssd990: `{"id":"internal-hard-drive-00001","name":"Samsung 990 Pro","price_usd":149.99,"price_per_gb_usd":0.075,"capacity_gb":2000,"kind":"SSD","rpm":null,"form_factor":"M.2-2280","m2":true,"interface":"M.2 PCIe 4.0 X4","bus":"nvme","pcie_gen":4.0,"pcie_lanes":4,"cache_mb":2048,"dup_count":1}`,
};

function map(file: DatasetCategory, row: string) {
  const mapped = mapCatalogRow(file, JSON.parse(row));
  if (!mapped) throw new Error(`row did not map: ${row}`);
  expect(parseSpecs(mapped.category, mapped.specs)).toEqual({ ok: true, specs: mapped.specs });
  return mapped;
}

describe('mapCatalogRow', () => {
  it('maps a Ryzen 5 5600X to AM4 without integrated graphics', () => {
    expect(map('cpu', ROWS.ryzen5600x)).toEqual({
      id: 'cpu-00009',
      category: 'cpu',
      name: 'AMD Ryzen 5 5600X',
      brand: 'AMD',
      priceCents: 15899,
      specs: {
        socket: 'AM4',
        microarchitecture: 'Zen 3',
        cores: 6,
        baseClockGhz: 3.7,
        boostClockGhz: 4.6,
        tdpW: 65,
        integratedGraphics: false,
      },
      searchText: ' amd ryzen 5 5600x am4 cpu processor r5 ',
      popularity: 9,
      modelText: ' ryzen 5 5600x r5 ',
      modelWords: 3,
      chipText: '  ',
      chipWords: 0,
    });
  });

  it('adds the spec words people type: capacity, type, speed, layout and latency of a memory kit', () => {
    const kit = map('memory', ROWS.flareX5);
    for (const word of ['32gb', 'ddr5', '6000', '2x16gb', 'cl36', 'ram'])
      expect(kit.searchText).toContain(` ${word} `);
    expect(kit.searchText).not.toContain(' 16gb ');
    expect(kit).toMatchObject({ modelText: ' flare x5 ', modelWords: 2 });
  });

  it('adds capacity, bus and form factor to a drive, whose name lacks them', () => {
    const drive = map('internal-hard-drive', ROWS.ssd990);
    for (const word of ['2000', '2000gb', '2tb', 'ssd', 'nvme', 'm.2', '2280']) {
      expect(drive.searchText).toContain(` ${word} `);
    }
    expect(map('internal-hard-drive', ROWS.barracuda).searchText).toContain(' hdd ');
  });

  it('adds wattage, efficiency and modularity to a power supply', () => {
    const psu = map('power-supply', ROWS.rm750x);
    for (const word of ['750w', '750', 'gold', '80+', 'modular'])
      expect(psu.searchText).toContain(` ${word} `);
  });

  it('keeps a missing price as null', () => {
    expect(map('cpu', ROWS.ryzen7500f).priceCents).toBeNull();
  });

  it('leaves the memory type of an LGA1700 board unknown (DDR4 or DDR5)', () => {
    const board = map('motherboard', ROWS.b760);
    expect(board.specs).toEqual({
      socket: 'LGA1700',
      chipset: 'B760',
      formFactor: 'ATX',
      memoryType: null,
      memorySlots: 4,
      maxMemoryGb: 192,
      m2Slots: null,
      sataPorts: null,
    });
  });

  it('gives a dual-socket board the socket its CPUs use', () => {
    expect(map('motherboard', ROWS.dualSocket).specs).toMatchObject({
      socket: 'LGA2011-3',
      formFactor: 'EATX',
      memoryType: 'DDR4',
      chipset: null,
    });
  });

  it("maps a case's board form factors, and its PSU form factor only where certain", () => {
    const q300l = map('case', ROWS.q300l);
    expect(q300l.brand).toBe('Cooler Master');
    expect(q300l.specs).toEqual({
      type: 'MicroATX Mini Tower',
      boardFormFactors: ['Micro ATX', 'Mini ITX'],
      maxGpuLengthMm: null,
      maxCoolerHeightMm: null,
      psuFormFactor: null,
      includedPsuW: null,
    });
    expect(map('case', ROWS.with750w).specs).toMatchObject({
      boardFormFactors: ['ATX', 'Micro ATX', 'Mini ITX'],
      psuFormFactor: 'ATX',
      includedPsuW: 750,
    });
    expect(map('case', ROWS.htpc).specs).toMatchObject({ boardFormFactors: null, psuFormFactor: null });
  });

  it("infers a graphics card's board power from its chipset", () => {
    const card = map('video-card', ROWS.rtx3070ti);
    expect(card.category).toBe('gpu');
    expect(card.specs).toEqual({ chipset: 'GeForce RTX 3070 Ti', vramGb: 8, lengthMm: 300, tdpW: 290 });
    expect(card.searchText).toContain(' 3070ti ');
    expect(card).toMatchObject({
      modelText: ' ftw3 ultra gaming ',
      chipText: ' 3070 ti 3070ti ',
      chipWords: 2,
    });
  });

  it('leaves the board power unknown for a chip not in the table', () => {
    expect(map('video-card', ROWS.gtx460).specs).toMatchObject({ chipset: 'GeForce GTX 460', tdpW: null });
  });

  it('maps power supplies, with full_side as fully modular', () => {
    expect(map('power-supply', ROWS.rm750x).specs).toEqual({
      wattageW: 750,
      formFactor: 'ATX',
      efficiency: 'gold',
      modular: 'full',
    });
    expect(map('power-supply', ROWS.sf1000)).toMatchObject({
      category: 'psu',
      specs: { formFactor: 'SFX', wattageW: 1000 },
    });
  });

  it('maps memory, leaving DDR2 (outside our types) unknown', () => {
    expect(map('memory', ROWS.flareX5)).toMatchObject({
      brand: 'G.Skill',
      specs: { memoryType: 'DDR5', speedMts: 6000, modules: 2, moduleGb: 16, totalGb: 32, casLatency: 36 },
    });
    expect(map('memory', ROWS.ddr2).specs).toMatchObject({ memoryType: null, speedMts: 1066 });
  });

  it('maps coolers: liquid with a radiator, unknown otherwise', () => {
    expect(map('cpu-cooler', ROWS.aio360)).toMatchObject({
      category: 'cooler',
      specs: { liquid: true, radiatorMm: 360, heightMm: null, sockets: null, ratedTdpW: null },
    });
    expect(map('cpu-cooler', ROWS.airCooler).specs).toMatchObject({ liquid: null, radiatorMm: null });
  });

  it('maps drives to storage', () => {
    expect(map('internal-hard-drive', ROWS.barracuda)).toMatchObject({
      category: 'storage',
      specs: { kind: 'hdd', capacityGb: 2000, bus: 'sata', formFactor: '3.5"' },
    });
    expect(map('internal-hard-drive', ROWS.ssd990).specs).toEqual({
      kind: 'ssd',
      capacityGb: 2000,
      bus: 'nvme',
      formFactor: 'M.2-2280',
    });
  });

  it('refuses rows without an id or a name, and wrong field types become unknown', () => {
    expect(mapCatalogRow('cpu', { name: 'No id' })).toBeNull();
    expect(mapCatalogRow('cpu', { id: 'cpu-1', name: '  ' })).toBeNull();
    expect(mapCatalogRow('cpu', null)).toBeNull();
    const odd = mapCatalogRow('cpu', { id: 'cpu-1', name: 'X', core_count: '6', tdp_w: -5, has_igpu: 1 });
    expect(odd?.specs).toMatchObject({ cores: null, tdpW: null, integratedGraphics: null });
  });
});

describe('priceCents', () => {
  it('rounds dollars to whole cents', () => {
    expect(priceCents(299.97)).toBe(29997);
    expect(priceCents(0.29)).toBe(29);
    expect(priceCents(900)).toBe(90000);
    expect(priceCents(null)).toBeNull();
    expect(priceCents(-1)).toBeNull();
  });
});

describe('inferGpuBoardPowerW', () => {
  it('knows reference board powers, LHR or not', () => {
    expect(inferGpuBoardPowerW('GeForce RTX 3060 12GB', 12)).toBe(170);
    expect(inferGpuBoardPowerW('GeForce RTX 3070 LHR', 8)).toBe(220);
    expect(inferGpuBoardPowerW('GeForce RTX 4090', 24)).toBe(450);
    expect(inferGpuBoardPowerW('Radeon RX 6700 XT', 12)).toBe(230);
    expect(inferGpuBoardPowerW('Radeon RX 580', 8)).toBe(185);
    expect(inferGpuBoardPowerW('GeForce GTX 1080 Ti', 11)).toBe(250);
  });

  it('tells variants apart by memory size, and is null when it cannot', () => {
    expect(inferGpuBoardPowerW('GeForce RTX 4060 Ti', 8)).toBe(160);
    expect(inferGpuBoardPowerW('GeForce RTX 4060 Ti', 16)).toBe(165);
    expect(inferGpuBoardPowerW('GeForce RTX 4060 Ti', null)).toBeNull();
    expect(inferGpuBoardPowerW('GeForce RTX 3050 6GB', 6)).toBe(70);
    expect(inferGpuBoardPowerW('Radeon HD 5450', 1)).toBeNull();
    expect(inferGpuBoardPowerW(null, 8)).toBeNull();
  });
});
