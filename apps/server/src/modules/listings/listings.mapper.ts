import { estimateFeesCents, type Listing } from '@partwise/shared';
import type { listing } from '../../db/schema';
import type { FeeRates } from '../fees/fees.service';

export type ListingRow = typeof listing.$inferSelect;

export function toListing(row: ListingRow, itemName: string, rates: FeeRates): Listing {
  const { platform, delivery } = row;
  const fees = estimateFeesCents(row.priceCents, rates[platform][delivery]);
  return {
    id: row.id,
    partId: row.partId,
    buildId: row.buildId,
    itemName,
    platform,
    delivery,
    title: row.title,
    description: row.description,
    priceCents: row.priceCents,
    status: row.status,
    url: row.url,
    listedAt: row.listedAt,
    endedAt: row.endedAt,
    estimatedFeesCents: fees,
    estimatedNetCents: row.priceCents - fees,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
