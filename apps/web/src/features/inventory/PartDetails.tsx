import { CATEGORY_LABELS, CONDITION_LABELS, type Part } from '@partwise/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Money } from '../../components/Money';
import { formatDay, sourceLabel } from '../../lib/format';
import { gradeText } from './PurchaseSection';
import { specFields } from './spec-fields';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm text-base-content/60">{label}</dt>
      <dd className="font-medium break-words">{children ?? <Unknown />}</dd>
    </div>
  );
}

const Unknown = () => <span className="font-normal text-base-content/40">—</span>;

export function PartDetails({ part }: { part: Part }) {
  return (
    <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
      <Item label="Category">{CATEGORY_LABELS[part.category]}</Item>
      <Item label="Condition">
        {CONDITION_LABELS[part.condition]}
        {part.grade !== null && (
          <span className="font-normal text-base-content/70"> · graded {gradeText(part.grade)}</span>
        )}
      </Item>
      <Item label="Cost">
        <Money cents={part.costCents} />
      </Item>
      <Item label="Expected sale price">
        {part.expectedPriceCents === null ? null : <Money cents={part.expectedPriceCents} />}
      </Item>
      <Item label="Acquired">{formatDay(part.acquiredAt)}</Item>
      <Item label="Source">{sourceLabel(part.source) || null}</Item>
      <Item label="Lot">
        {part.lotId === null ? null : (
          <Link to={`/lots/${part.lotId}`} className="link link-primary">
            Lot #{part.lotId}
          </Link>
        )}
      </Item>
      <Item label="Brand">{part.brand}</Item>
      <Item label="Model">{part.model}</Item>
      <Item label="Serial number">
        {part.serial && <span className="font-mono text-sm">{part.serial}</span>}
      </Item>
      {part.notes && (
        <div className="col-span-full">
          <dt className="text-sm text-base-content/60">Notes</dt>
          <dd className="whitespace-pre-line">{part.notes}</dd>
        </div>
      )}
    </dl>
  );
}

/** A spec value in words: unknown as a dash, yes/no for booleans, lists joined. */
export function specText(value: unknown, optionLabels: Record<string, string> = {}): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length ? value.join(', ') : null;
  return optionLabels[String(value)] ?? String(value);
}

export function PartSpecs({ part }: { part: Part }) {
  const fields = specFields(part.category);
  if (fields.length === 0) return <p className="text-sm text-base-content/60">No specs for this category.</p>;
  return (
    <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
      {fields.map((field) => (
        <Item key={field.key} label={field.label}>
          {specText(part.specs[field.key], field.optionLabels)}
        </Item>
      ))}
    </dl>
  );
}
