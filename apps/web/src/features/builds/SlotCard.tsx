import { CONDITION_LABELS } from '@partwise/shared';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { SEVERITY } from './badges';
import type { Finding, ItemMark } from './build-items';
import type { Slot, SlotEntry } from './slots';
import { specSummary } from './spec-summary';

interface Props {
  slot: Slot;
  entries: SlotEntry[];
  marks: ReadonlyMap<string, ItemMark>;
  highlight: ReadonlySet<string>;
  /** Parts can change only while the build is being planned, assembled or readied. */
  editable: boolean;
  onAdd: (slot: Slot) => void;
  onRemove: (entry: SlotEntry) => void;
  /** Goes to the finding in the report: each finding is said once, there. */
  onShowFinding: (finding: Finding) => void;
  onEditSpecs: (entry: SlotEntry) => void;
}

/** The DOM id of an item's row, so a finding can scroll to it. */
export const itemDomId = (itemId: string) => `build-item-${itemId.replace(':', '-')}`;

/** One slot: what is in it (owned or to buy), with its cost, its problems beside it, and add/remove. */
export function SlotCard({ slot, entries, marks, highlight, editable, onAdd, ...on }: Props) {
  const severities = entries.map((e) => marks.get(e.itemId)?.severity);
  const worst = severities.includes('error') ? 'error' : severities.includes('warning') ? 'warning' : null;
  const replace = !slot.multiple && entries.length > 0;
  const headingId = `slot-${slot.category}`;
  return (
    <li
      aria-labelledby={headingId}
      className={`rounded-box border border-base-300 bg-base-100 ${worst ? SEVERITY[worst].mark : ''}`}
    >
      <div className="flex items-center justify-between gap-3 px-4 pt-3 pb-2">
        <div className="flex items-center gap-2">
          <h3 id={headingId} className="font-semibold">
            {slot.label}
          </h3>
          {worst && (
            <span className={SEVERITY[worst].text}>
              <Icon name={SEVERITY[worst].icon} className="size-4" />
              <span className="sr-only">{worst === 'error' ? 'has an error' : 'has a warning'}</span>
            </span>
          )}
        </div>
        {editable && (
          <button type="button" className="btn btn-sm btn-ghost text-primary" onClick={() => onAdd(slot)}>
            <Icon name={replace ? 'chevrons' : 'plus'} className="size-4" />
            {replace ? 'Replace' : 'Add'}
            <span className="sr-only"> {slot.label}</span>
          </button>
        )}
      </div>
      {entries.length === 0 ? (
        <p className="px-4 pb-3 text-sm text-base-content/50">Empty · {slot.hint}</p>
      ) : (
        <ul className="flex flex-col gap-1 px-2 pb-2">
          {entries.map((entry) => (
            <EntryRow
              key={entry.itemId}
              entry={entry}
              mark={marks.get(entry.itemId)}
              highlighted={highlight.has(entry.itemId)}
              editable={editable}
              onRemove={() => on.onRemove(entry)}
              onShowFinding={on.onShowFinding}
              onEditSpecs={() => on.onEditSpecs(entry)}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function EntryRow({
  entry,
  mark,
  highlighted,
  editable,
  onRemove,
  onShowFinding,
  onEditSpecs,
}: {
  entry: SlotEntry;
  mark: ItemMark | undefined;
  highlighted: boolean;
  editable: boolean;
  onRemove: () => void;
  onShowFinding: (finding: Finding) => void;
  onEditSpecs: () => void;
}) {
  const problems = mark?.findings.filter((f) => f.severity !== 'info') ?? [];
  const first = problems[0];
  const errors = problems.filter((f) => f.severity === 'error').length;
  const pointer = errors > 0 ? plural(errors, 'problem') : first ? plural(problems.length, 'warning') : null;
  const unsaved = entry.kind === 'planned' && entry.planned.id < 0;
  const detail = (
    entry.kind === 'part'
      ? [CONDITION_LABELS[entry.part.condition], specSummary(entry.part.category, entry.part.specs)]
      : [specSummary(entry.planned.category, entry.planned.specs) || 'No specs: typed by hand']
  )
    .filter(Boolean)
    .join(' · ');
  return (
    <li
      id={itemDomId(entry.itemId)}
      className={`flex items-start gap-3 rounded-field px-2 py-2 transition-colors ${highlighted ? 'bg-primary/10 ring-2 ring-primary' : ''}`}
    >
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {entry.kind === 'part' ? (
            <Link to={`/inventory/${entry.part.id}`} className="link-hover font-medium break-words">
              {entry.name}
            </Link>
          ) : (
            <span className="font-medium break-words">{entry.name}</span>
          )}
          <span
            className={`badge badge-xs badge-soft whitespace-nowrap ${entry.kind === 'part' ? 'badge-success' : 'badge-warning'}`}
          >
            {entry.kind === 'part' ? 'Owned' : 'To buy'}
          </span>
        </div>
        {detail && <p className="text-xs text-base-content/60">{detail}</p>}
        {first && pointer && (
          <button
            type="button"
            className={`mt-1 inline-flex items-center gap-1 text-xs hover:underline ${SEVERITY[first.severity].text}`}
            onClick={() => onShowFinding(first)}
            aria-label={`${pointer} with the ${entry.name}: show in the compatibility report`}
          >
            <Icon name={SEVERITY[first.severity].icon} className="size-3.5 shrink-0" />
            {pointer} → Compatibility
          </button>
        )}
      </div>
      <Money cents={entry.costCents} className="pt-0.5 text-sm font-medium" />
      {editable && (
        <div className="-mr-1 flex">
          <button
            type="button"
            className="btn btn-ghost btn-xs btn-square"
            onClick={onEditSpecs}
            disabled={unsaved}
            title="Correct its specs"
          >
            <Icon name="pencil" className="size-3.5" />
            <span className="sr-only">Edit the specs of {entry.name}</span>
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-xs btn-square"
            onClick={onRemove}
            disabled={unsaved}
            title={entry.kind === 'part' ? 'Take out (back to stock)' : 'Drop this purchase'}
          >
            <Icon name="x" className="size-4" />
            <span className="sr-only">Remove {entry.name}</span>
          </button>
        </div>
      )}
    </li>
  );
}
