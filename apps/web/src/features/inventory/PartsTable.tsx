import { CATEGORY_LABELS, CONDITION_LABELS, type PartListItem, type PartValueList } from '@partwise/shared';

type PartValue = PartValueList['items'][number];

import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Money } from '../../components/Money';
import { Cell, Row } from '../../components/ResponsiveTable';
import { formatDay, sourceLabel } from '../../lib/format';
import { ProfitText } from '../builds/ProfitText';
import { partQueries } from './queries';
import { SortHeader } from './SortHeader';
import { StatusSelect } from './StatusSelect';

interface Props {
  parts: PartListItem[];
  sort: string;
  onSort: (sort: string) => void;
  selected: ReadonlySet<number>;
  onToggle: (part: PartListItem) => void;
  onToggleAll: (select: boolean) => void;
}

/** The parts of one page; a table on wide screens, a stack of cards on phones. */
export function PartsTable({ parts, sort, onSort, selected, onToggle, onToggleAll }: Props) {
  const allSelected = parts.length > 0 && parts.every((p) => selected.has(p.id));
  const head = { sort, onSort };
  const values = useQuery(partQueries.values(parts.map((p) => p.id)));
  const estimates = new Map(values.data?.items.map((v) => [v.partId, v]));
  // Sold and archived parts are not stock: their estimate says nothing about what is on hand.
  const held = (part: PartListItem) => part.status !== 'sold' && part.status !== 'archived';
  return (
    <div className="overflow-x-auto max-sm:overflow-visible">
      <table className="table w-full max-sm:block sm:[&_td]:px-2 sm:[&_th]:px-2">
        <caption className="sr-only">Your parts</caption>
        <thead className="max-sm:hidden">
          <tr>
            <th className="w-10">
              <input
                type="checkbox"
                className="checkbox checkbox-sm"
                aria-label="Select all parts on this page"
                checked={allSelected}
                onChange={(e) => onToggleAll(e.target.checked)}
              />
            </th>
            <SortHeader field="name" label="Name" {...head} />
            <SortHeader field="category" label="Category" {...head} />
            <SortHeader field="status" label="Status" {...head} />
            <SortHeader field="costCents" label="Cost" align="right" {...head} />
            <ValueHeader {...head} />
            <SortHeader field="acquiredAt" label="Acquired" {...head} />
            <th>Source</th>
          </tr>
        </thead>
        <tbody className="max-sm:flex max-sm:flex-col max-sm:gap-3">
          {parts.map((part) => (
            <Row key={part.id} className={`max-sm:relative ${selected.has(part.id) ? 'bg-primary/5' : ''}`}>
              <td className="max-sm:absolute max-sm:top-3 max-sm:right-3 max-sm:p-0">
                <input
                  type="checkbox"
                  className="checkbox checkbox-sm"
                  aria-label={`Select ${part.name}`}
                  checked={selected.has(part.id)}
                  onChange={() => onToggle(part)}
                />
              </td>
              <td className="max-sm:block max-sm:px-1 max-sm:pt-0 max-sm:pr-10 max-sm:pb-2 sm:min-w-40">
                <Link to={`/inventory/${part.id}`} className="link-hover font-medium">
                  {part.name}
                </Link>
                {(part.brand || part.serial) && (
                  <p className="text-xs text-base-content/60">
                    {[part.brand, part.serial && `S/N ${part.serial}`].filter(Boolean).join(' · ')}
                  </p>
                )}
              </td>
              <Cell label="Category" className="whitespace-nowrap">
                {CATEGORY_LABELS[part.category]}
                {/* The condition rides under the category: the value column needs the width. */}
                <span className="block text-xs text-base-content/60">
                  {CONDITION_LABELS[part.condition]}
                  {part.grade !== null && ` · ${part.grade}/5`}
                </span>
              </Cell>
              <Cell label="Status">
                <StatusSelect part={part} />
              </Cell>
              <Cell label="Cost" className="text-right">
                <Money cents={part.costCents} />
              </Cell>
              <ValueCell part={part} value={held(part) ? estimates.get(part.id) : undefined} />
              <Cell label="Acquired" className="whitespace-nowrap">
                {formatDay(part.acquiredAt)}
              </Cell>
              <Cell label="Source" className="sm:max-w-40 sm:truncate">
                {part.source ? (
                  <span title={sourceLabel(part.source)}>{sourceLabel(part.source)}</span>
                ) : (
                  <span className="text-base-content/40">—</span>
                )}
              </Cell>
            </Row>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One column, two sorts: by the estimate, or by what it would make over its cost. */
function ValueHeader({ sort, onSort }: { sort: string; onSort: (sort: string) => void }) {
  const button = (field: string, label: string) => {
    const active = sort === field || sort === `-${field}`;
    const descending = sort === `-${field}`;
    return (
      <button
        type="button"
        aria-label={`Sort by ${label.toLowerCase()}${active ? (descending ? ', highest first' : ', lowest first') : ''}`}
        className={`rounded hover:text-base-content ${active ? 'text-base-content' : ''}`}
        onClick={() => onSort(active && descending ? field : `-${field}`)}
      >
        {label}
        {active && (descending ? ' ↓' : ' ↑')}
      </button>
    );
  };
  const active = /^-?(valueCents|unrealizedCents)$/.test(sort);
  return (
    <th
      className="text-right"
      aria-sort={active ? (sort.startsWith('-') ? 'descending' : 'ascending') : 'none'}
    >
      {button('valueCents', 'Value')}
      <span className="text-base-content/40"> · </span>
      {button('unrealizedCents', 'Gain')}
    </th>
  );
}

/** The estimate, and below it value − cost; a dash for parts not on hand or not valued yet. */
function ValueCell({ part, value }: { part: PartListItem; value: PartValue | undefined }) {
  return (
    <Cell label="Value · gain" className="text-right">
      {value ? (
        <span className="inline-flex flex-col items-end">
          <span
            title={`${value.confidence} confidence`}
            className={value.confidence === 'low' ? 'text-base-content/60' : ''}
          >
            <Money cents={value.valueCents} />
          </span>
          <ProfitText cents={value.valueCents - part.costCents} className="text-xs" />
        </span>
      ) : (
        <span className="text-base-content/40">—</span>
      )}
    </Cell>
  );
}
