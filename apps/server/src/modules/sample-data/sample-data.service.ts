import {
  BuildCreate,
  ExpenseCreate,
  ListingCreate,
  LotCreate,
  PartCreate,
  SaleCreate,
  type SampleDataStatus,
} from '@partwise/shared';
import { sql } from 'drizzle-orm';
import { acting, type Caller } from '../../core/caller';
import { AppError } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { queryRows } from '../../db/client';
import { type SampleEntity, sampleRecord } from '../../db/schema';
import type { BuildsService } from '../builds/builds.service';
import type { ExpensesService } from '../expenses/expenses.service';
import type { ListingsService } from '../listings/listings.service';
import type { LotsService } from '../lots/lots.service';
import type { PartsService } from '../parts/parts.service';
import type { SalesService } from '../sales/sales.service';
import { removeSampleRecords } from './sample-data.remove';
import { countsOf, NO_COUNTS, sampleIds } from './sample-records';
import { sampleWorkshop } from './sample-workshop';

export interface SampleDataServices {
  parts: PartsService;
  lots: LotsService;
  builds: BuildsService;
  listings: ListingsService;
  sales: SalesService;
  expenses: ExpensesService;
}

/**
 * A sample workshop to look around in, loaded into an empty account through the same services as the
 * user's own records (so every figure and aggregate is kept as usual), and removed again in one go.
 */
export function createSampleDataService({ db, clock }: ServiceDeps, services: SampleDataServices) {
  async function status(ownerId: string): Promise<SampleDataStatus> {
    const [row] = await queryRows<{ loaded: boolean; holds: boolean }>(
      db,
      sql`select exists (select 1 from ${sampleRecord} where owner_id = ${ownerId} and entity = 'workshop') as loaded,
        (exists (select 1 from part where owner_id = ${ownerId})
          or exists (select 1 from purchase_lot where owner_id = ${ownerId})
          or exists (select 1 from build where owner_id = ${ownerId})
          or exists (select 1 from listing where owner_id = ${ownerId})
          or exists (select 1 from sale where owner_id = ${ownerId})
          or exists (select 1 from expense where owner_id = ${ownerId})) as holds`,
    );
    const loaded = row?.loaded ?? false;
    return {
      loaded,
      canLoad: !loaded && !(row?.holds ?? false),
      counts: loaded ? countsOf(await sampleIds(db, ownerId)) : NO_COUNTS,
    };
  }

  const record = async (ownerId: string, entity: SampleEntity, ids: number[]) => {
    if (ids.length > 0)
      await db.insert(sampleRecord).values(ids.map((entityId) => ({ ownerId, entity, entityId })));
  };

  /** Everything the sample holds, each record kept in sample_record as soon as it exists. */
  async function fill(caller: Caller): Promise<void> {
    const { ownerId, today } = acting(caller, clock);
    const { parts, lots, builds, listings, sales, expenses } = services;
    const sample = sampleWorkshop(today);

    const lot = await lots.create(caller, LotCreate.parse(sample.lot));
    await record(ownerId, 'lot', [lot.id]);
    await record(
      ownerId,
      'part',
      lot.parts.map((p) => p.id),
    );

    const singles = [];
    for (const single of sample.singles) {
      const created = await parts.create(caller, PartCreate.parse(single.part));
      await record(ownerId, 'part', [created.id]);
      singles.push(created);
      if (!single.sale) continue;
      const sold = await sales.create(
        caller,
        SaleCreate.parse({
          partId: created.id,
          ...single.sale,
        }),
      );
      await record(ownerId, 'sale', [sold.id]);
    }

    const build = await builds.create(caller, BuildCreate.parse(sample.build));
    await record(ownerId, 'build', [build.id]);
    for (const p of lot.parts) await builds.addPart(caller, build.id, p.id);

    const { single, ...partListing } = sample.partListing;
    for (const offer of [
      { buildId: build.id, ...sample.buildListing },
      { partId: singles[single]?.id, ...partListing },
    ]) {
      const listed = await listings.create(caller, ListingCreate.parse(offer));
      await record(ownerId, 'listing', [listed.id]);
      await listings.activate(caller, listed.id, {});
    }

    for (const expense of sample.expenses) {
      const spent = await expenses.create(caller, ExpenseCreate.parse(expense));
      await record(ownerId, 'expense', [spent.id]);
    }
  }

  return {
    status: (caller: Caller) => status(caller.ownerId),

    /** Into an account that holds nothing yet: sample and real records never mix. All or nothing. */
    async load(caller: Caller): Promise<SampleDataStatus> {
      const { ownerId } = caller;
      if (!(await status(ownerId)).canLoad)
        throw new AppError(
          'CONFLICT',
          'Sample data goes only into an empty account: this one already holds records or the sample',
        );
      // The marker first: of two loads at once, one inserts it and the other stops here.
      const marked = await db
        .insert(sampleRecord)
        .values({ ownerId, entity: 'workshop', entityId: 0 })
        .onConflictDoNothing()
        .returning();
      if (marked.length === 0) throw new AppError('CONFLICT', 'The sample workshop is already loaded');
      try {
        await fill(caller);
      } catch (error) {
        await db.transaction((tx) => removeSampleRecords(tx, acting(caller, clock)));
        throw error;
      }
      return status(ownerId);
    },

    /** The sample's records and whatever was recorded on its parts and builds, and their figures. */
    async remove(caller: Caller): Promise<SampleDataStatus> {
      const who = acting(caller, clock);
      const counts = await db.transaction(async (tx) => {
        const removed = await removeSampleRecords(tx, who);
        if (!removed) throw new AppError('NOT_FOUND', 'No sample data is loaded');
        return removed;
      });
      return { loaded: false, canLoad: (await status(who.ownerId)).canLoad, counts };
    },
  };
}

export type SampleDataService = ReturnType<typeof createSampleDataService>;
