import { type ExpenseCategory, mileageAmountCents, milesToTenths } from '@partwise/shared';
import { AppError } from '../../core/errors';
import type { DbOrTx } from '../../db/client';
import { mileageRateOn } from '../mileage/mileage.service';

export interface AmountInput {
  category: ExpenseCategory;
  spentAt: string;
  miles: number | null;
  /** The amount sent, if any. */
  amountCents: number | undefined;
}

export interface AmountFields {
  amountCents: number;
  milesTenths: number | null;
  ratePerMileTenthCents: number | null;
}

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${field === 'miles' ? 'Miles' : 'Amount'} ${message}`, {
    [field]: message,
  });

/**
 * An expense's amount: as sent, or for mileage worked out from the miles at the owner's rate for the trip's
 * date (their own for the year, else the IRS rate), rounded half up to the cent (mileageAmountCents).
 */
export async function amountOf(tx: DbOrTx, ownerId: string, input: AmountInput): Promise<AmountFields> {
  if (input.miles === null) {
    if (input.amountCents === undefined) throw invalid('amountCents', 'is required');
    return { amountCents: input.amountCents, milesTenths: null, ratePerMileTenthCents: null };
  }
  if (input.category !== 'mileage') throw invalid('miles', 'are for mileage expenses only');
  if (input.amountCents !== undefined)
    throw invalid('amountCents', 'is worked out from the miles: leave it out, or leave out the miles');
  const milesTenths = milesToTenths(input.miles);
  if (milesTenths === null) throw invalid('miles', 'must have at most one decimal, like 12.5');
  const rate = await mileageRateOn(tx, ownerId, input.spentAt);
  return { amountCents: mileageAmountCents(milesTenths, rate), milesTenths, ratePerMileTenthCents: rate };
}
