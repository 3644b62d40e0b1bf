import { estimateFeesCents, type FeeRate, type Listing, type Platform } from '@partwise/shared';
import type { listing } from '../../db/schema';

export type ListingRow = typeof listing.$inferSelect;

export function toListing(row: ListingRow, itemName: string, rates: Record<Platform, FeeRate>): Listing {
  const { platform } = row;
  const fees = estimateFeesCents(row.priceCents, rates[platform]);
  return {
    id: row.id,
    partId: row.partId,
    buildId: row.buildId,
    itemName,
    platform,
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
