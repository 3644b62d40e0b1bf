import type { CatalogPart } from '@partwise/shared';
import type { Db } from '../db/client';
import { catalogPart } from '../db/schema';

/** Two catalog parts as the import stores them (a card named by its board, as PCPartPicker lists it). */
export const CATALOG_GPU: CatalogPart = {
  id: 'video-card-t0001',
  category: 'gpu',
  name: 'EVGA FTW3 ULTRA GAMING',
  brand: 'EVGA',
  priceCents: 59999,
  specs: { chipset: 'GeForce RTX 3070 Ti', vramGb: 8, lengthMm: 300, tdpW: 290 },
};

export const CATALOG_CPU: CatalogPart = {
  id: 'cpu-t0001',
  category: 'cpu',
  name: 'AMD Ryzen 5 5600X',
  brand: 'AMD',
  priceCents: 13999,
  specs: {
    socket: 'AM4',
    microarchitecture: 'Zen 3',
    cores: 6,
    baseClockGhz: 3.7,
    boostClockGhz: 4.6,
    tdpW: 65,
    integratedGraphics: false,
  },
};

/** Puts catalog parts into the test database (the real import is tested in the catalog module). */
export async function seedCatalog(db: Db, parts: CatalogPart[] = [CATALOG_GPU, CATALOG_CPU]): Promise<void> {
  await db.insert(catalogPart).values(
    parts.map((p) => ({
      ...p,
      searchText: ` ${[p.brand, p.name, p.specs.chipset].filter(Boolean).join(' ').toLowerCase()}`,
    })),
  );
}
