import {
  CATEGORY_LABELS,
  type Category,
  type Channel,
  CONDITION_LABELS,
  type Condition,
  DELIVERY_LABELS,
  type Delivery,
  PART_STATUS_LABELS,
  type PartStatus,
  PLATFORM_LABELS,
  type Platform,
} from '@partwise/shared';
import { formatDay, formatMoney, sourceLabel } from '../../lib/format';
import { specFields } from './spec-fields';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  category: 'Category',
  brand: 'Brand',
  model: 'Model',
  condition: 'Condition',
  grade: 'Grade',
  status: 'Status',
  costCents: 'Cost',
  acquiredAt: 'Acquired date',
  source: 'Source',
  serial: 'Serial number',
  notes: 'Notes',
  specs: 'Specs',
  catalogPartId: 'Catalog entry',
  lotId: 'Lot',
  buildId: 'Build',
  listingId: 'Listing',
  saleId: 'Sale',
  lotWeight: 'Weight in its lot',
  totalCostCents: 'Total price',
  weights: 'Weights',
  email: 'Email',
  timezone: 'Time zone',
  otherSessions: 'Other sessions',
  // A sale's fields.
  soldAt: 'Sale date',
  priceCents: 'Price',
  feesCents: 'Fees',
  shippingCents: 'Shipping',
  platform: 'Platform',
  delivery: 'Delivery',
  buyerNote: 'Buyer note',
  refundedCents: 'Refunded',
  restocked: 'Came back',
  refundId: 'Refund',
  voidReason: 'Reason',
};

const MONEY_FIELDS = new Set([
  'costCents',
  'totalCostCents',
  'priceCents',
  'feesCents',
  'shippingCents',
  'refundedCents',
]);

export interface ChangeLine {
  field: string;
  from: string;
  to: string;
}

function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (MONEY_FIELDS.has(field)) return typeof value === 'number' ? formatMoney(value) : String(value);
  switch (field) {
    case 'status':
      return PART_STATUS_LABELS[value as PartStatus] ?? String(value);
    case 'category':
      return CATEGORY_LABELS[value as Category] ?? String(value);
    case 'condition':
      return CONDITION_LABELS[value as Condition] ?? String(value);
    case 'platform':
      return PLATFORM_LABELS[value as Platform] ?? String(value);
    case 'delivery':
      return DELIVERY_LABELS[value as Delivery] ?? String(value);
    case 'refundId':
      return `refund #${value}`;
    case 'weights':
      // A lot's weights, part by part: "2 : 1 : 1".
      return Array.isArray(value)
        ? value.map((w: { weight?: unknown }) => String(w.weight)).join(' : ')
        : String(value);
    case 'acquiredAt':
    case 'soldAt':
      return formatDay(String(value));
    case 'source':
      return sourceLabel(String(value));
    case 'lotId':
      return `lot #${value}`;
    case 'buildId':
      return `build #${value}`;
    case 'listingId':
      return `listing #${value}`;
    case 'saleId':
      return `sale #${value}`;
    default:
      if (typeof value === 'boolean') return value ? 'yes' : 'no';
      if (Array.isArray(value)) return value.join(', ');
      if (typeof value === 'object') return JSON.stringify(value);
      return String(value);
  }
}

/** Spec changes are one line per spec that changed, not one unreadable object. */
function specLines(from: unknown, to: unknown, category: Category | undefined): ChangeLine[] {
  const before = (from ?? {}) as Record<string, unknown>;
  const after = (to ?? {}) as Record<string, unknown>;
  const labels = new Map(category ? specFields(category).map((f) => [f.key, f.label]) : []);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .map((key) => ({
      field: labels.get(key) ?? key,
      from: valueText(key, before[key]),
      to: valueText(key, after[key]),
    }));
}

/** Each change of an audit entry in words: field, from, to. */
export function changeLines(
  changes: Record<string, { from: unknown; to: unknown }>,
  category?: Category,
): ChangeLine[] {
  return Object.entries(changes).flatMap(([field, { from, to }]) =>
    field === 'specs'
      ? specLines(from, to, category)
      : [{ field: FIELD_LABELS[field] ?? field, from: valueText(field, from), to: valueText(field, to) }],
  );
}

/** Who made a change, by how it came; the owner is reading, so their own changes are "you". */
const ACTORS: Record<Channel, string> = {
  session: 'You',
  token: 'You, through an API token,',
  admin: 'An administrator',
  system: 'A scheduled job',
  webhook: 'A payment notice',
  assistant: 'The assistant, accepted by you,',
};

export const actorText = (via: Channel): string => ACTORS[via];

const ACTIONS: Record<string, string> = {
  status: 'changed the status',
  update: 'edited it',
  delete: 'deleted it',
  import: 'imported it from a spreadsheet',
  photo_added: 'added a photo',
  photo_removed: 'deleted a photo',
  lot_update: 'edited its lot',
  lot_removed: 'deleted its lot and kept it',
  // The account's own history.
  email_change: 'changed the sign-in email',
  password_change: 'changed the password',
  sign_out_session: 'signed a session out',
  sign_out_others: 'signed out everywhere else',
  sign_out_everywhere: 'signed out everywhere',
  refund: 'recorded a refund',
  void: 'voided it',
};

/** Actions whose changes say nothing a person needs (a photo's id). */
export const QUIET_ACTIONS = new Set(['create', 'import', 'photo_added', 'photo_removed']);

export function actionText(action: string, changes: Record<string, unknown>): string {
  if (action === 'create') return changes.lotId ? 'added it with a lot' : 'added it';
  // Actions added later (builds, sales) still read as words: "part_out" → "part out".
  return ACTIONS[action] ?? action.replace(/_/g, ' ');
}
