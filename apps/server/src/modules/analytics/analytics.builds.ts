import type { BuildsAnalytics } from '@partwise/shared';
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { exactInteger } from '../../db/sums';
import { daysToSellSql } from './analytics.figures';
import type { Range } from './analytics.range';

type SoldBuild = Omit<BuildsAnalytics['builds'][number], 'partOut'>;

/** The owner's sales of builds in the range, each with its own profit (refunds included). */
export async function soldBuilds(db: DbOrTx, ownerId: string, { from, to }: Range): Promise<SoldBuild[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`select s.id, s.build_id, s.item_name, to_char(s.sold_at, 'YYYY-MM-DD') as sold_at, s.cogs_cents,
        s.price_cents, s.fees_cents, s.shipping_cents,
        (s.price_cents - s.fees_cents - s.shipping_cents - s.cogs_cents - s.refunded_cents
          + s.cogs_returned_cents)::bigint as profit,
        ${daysToSellSql} as days
      from sale s
      where s.owner_id = ${ownerId} and s.sold_at between ${from} and ${to} and s.voided_at is null
        and (s.build_id is not null or (select count(*) from sale_item si where si.sale_id = s.id) > 1)
      order by s.sold_at desc, s.id desc`,
  );
  return rows.map((r) => ({
    saleId: exactInteger(r.id),
    buildId: r.build_id == null ? null : exactInteger(r.build_id),
    name: String(r.item_name),
    soldAt: String(r.sold_at),
    costCents: exactInteger(r.cogs_cents),
    priceCents: exactInteger(r.price_cents),
    feesCents: exactInteger(r.fees_cents),
    shippingCents: exactInteger(r.shipping_cents),
    profitCents: exactInteger(r.profit),
    daysToSell: r.days == null ? null : Number(r.days),
  }));
}

/**
 * What each build's parts would have brought sold one by one: for each part, the owner's average price of
 * single-part sales of the same catalog part (else of a part with the same name), where there is one.
 */
export async function partOutValues(
  db: DbOrTx,
  ownerId: string,
  saleIds: number[],
): Promise<Map<number, BuildsAnalytics['builds'][number]['partOut']>> {
  const out = new Map<number, BuildsAnalytics['builds'][number]['partOut']>();
  if (saleIds.length === 0) return out;
  const rows = await queryRows<{ sale_id: unknown; priced: number; unpriced: number; value: unknown }>(
    db,
    sql`with singles as (
        select p.catalog_part_id, lower(p.name) as name, s.price_cents
        from sale s join part p on p.id = s.part_id
        where s.owner_id = ${ownerId} and s.build_id is null and not s.restocked and s.voided_at is null
      ),
      by_catalog as (select catalog_part_id, round(avg(price_cents))::bigint as avg from singles
        where catalog_part_id is not null group by 1),
      by_name as (select name, round(avg(price_cents))::bigint as avg from singles group by 1),
      items as (
        select si.sale_id, coalesce(c.avg, n.avg) as avg
        from sale_item si join part p on p.id = si.part_id
        left join by_catalog c on c.catalog_part_id = p.catalog_part_id
        left join by_name n on n.name = lower(p.name)
        where si.owner_id = ${ownerId} and si.sale_id = any(${sql.param(saleIds)}::bigint[])
      )
      select sale_id, count(avg)::int as priced, (count(*) - count(avg))::int as unpriced,
        sum(avg)::bigint as value
      from items group by sale_id`,
  );
  for (const r of rows)
    out.set(exactInteger(r.sale_id), {
      pricedParts: r.priced,
      unpricedParts: r.unpriced,
      valueCents: r.value == null ? null : exactInteger(r.value),
    });
  return out;
}
