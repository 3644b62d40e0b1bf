import { Icon } from '../../components/Icon';
import { SEVERITY } from './badges';
import type { Finding } from './build-items';
import type { SpecChange } from './item-mutations';
import { SpecFix } from './SpecFix';
import type { UnknownSpec } from './spec-input';

/** The DOM id of a finding in the report, so a part's row can point at it. */
export const findingDomId = (index: number) => `finding-${index}`;

interface Props {
  finding: Finding;
  index: number;
  hintId: string;
  /** The specs it could not check for, each with its item: offered inline when the build can change. */
  unknown: UnknownSpec[];
  /** A problem the build's override covers: sold with it on purpose. */
  accepted: boolean;
  onHighlight: (itemIds: readonly string[]) => void;
  onShow: (itemIds: readonly string[]) => void;
  onSaveSpecs: (change: SpecChange) => Promise<void>;
}

/** One finding, said once: its words, the parts it points at, and the specs that would settle it. */
export function FindingItem({
  finding,
  index,
  hintId,
  unknown,
  accepted,
  onHighlight,
  onShow,
  onSaveSpecs,
}: Props) {
  const { icon, text } = SEVERITY[finding.severity];
  const body = (
    <>
      <Icon name={icon} className={`mt-0.5 size-4 shrink-0 ${text}`} />
      <span>
        {finding.message}
        {accepted && (
          <span className="badge badge-xs badge-warning badge-soft ml-1.5 align-middle">accepted</span>
        )}
      </span>
    </>
  );
  const ids = finding.partIds;
  return (
    <>
      {ids.length === 0 ? (
        <div id={findingDomId(index)} className="flex items-start gap-2 rounded-field px-2 py-1.5 text-sm">
          {body}
        </div>
      ) : (
        <button
          id={findingDomId(index)}
          type="button"
          className="flex w-full scroll-mt-52 items-start gap-2 rounded-field px-2 py-1.5 text-left text-sm hover:bg-base-200 focus-visible:bg-base-200"
          aria-describedby={hintId}
          onMouseEnter={() => onHighlight(ids)}
          onMouseLeave={() => onHighlight([])}
          onFocus={() => onHighlight(ids)}
          onBlur={() => onHighlight([])}
          onClick={() => onShow(ids)}
        >
          {body}
        </button>
      )}
      {unknown.length > 0 && (
        <div className="flex flex-col items-start gap-1 pl-7">
          {unknown.map((u) => (
            <SpecFix key={`${u.entry.itemId}:${u.field.key}`} unknown={u} onSave={onSaveSpecs} />
          ))}
        </div>
      )}
    </>
  );
}
