import {
  centsToDecimal,
  IsoDate,
  type LotUpdate,
  type LotWithParts,
  parseMoneyToCents,
  type SplitPart,
  splitLot,
} from '@partwise/shared';
import { z } from 'zod';
import { checkedCents, RequiredMoneyText } from '../../lib/money-input';
import { readWeight } from './lot-form';

export const LotEditForm = z.object({
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  total: RequiredMoneyText,
  acquiredAt: IsoDate,
  source: z.string().max(100, 'must be at most 100 characters'),
  notes: z.string().max(5000, 'must be at most 5000 characters'),
  parts: z.array(
    z.object({
      partId: z.number(),
      weight: z.string().refine((t) => readWeight(t) !== null, 'must be a number above 0'),
    }),
  ),
});
export type LotEditForm = z.infer<typeof LotEditForm>;

export function lotToForm(lot: LotWithParts): LotEditForm {
  return {
    name: lot.name,
    total: centsToDecimal(lot.totalCostCents),
    acquiredAt: lot.acquiredAt,
    source: lot.source ?? '',
    notes: lot.notes ?? '',
    parts: lot.parts.map((p) => ({ partId: p.id, weight: String(p.lotWeight) })),
  };
}

export function formToBody(values: LotEditForm): LotUpdate {
  return {
    name: values.name.trim(),
    totalCostCents: checkedCents(values.total),
    acquiredAt: values.acquiredAt,
    source: values.source.trim() || null,
    notes: values.notes.trim() || null,
    weights: values.parts.map((p) => ({ partId: p.partId, weight: readWeight(p.weight) ?? 1 })),
  };
}

/** The parts' costs as the server will split them (splitLot), or null while the price or a weight is unreadable. */
export function previewSplit(
  lot: LotWithParts,
  total: string,
  weights: readonly { weight: string }[],
): ReturnType<typeof splitLot> | null {
  const cents = parseMoneyToCents(total);
  if (cents === null || cents < 0) return null;
  const parts: SplitPart[] = [];
  for (const [i, p] of lot.parts.entries()) {
    const weight = readWeight(weights[i]?.weight ?? '');
    if (weight === null) return null;
    parts.push({ costCents: p.costCents, sold: p.status === 'sold', weight });
  }
  return splitLot(cents, parts);
}
