import { Icon } from '../../components/Icon';

/** A column header that sorts by its field; a second click reverses the order. */
export function SortHeader({
  field,
  label,
  sort,
  onSort,
  align = 'left',
}: {
  field: string;
  label: string;
  sort: string;
  onSort: (sort: string) => void;
  align?: 'left' | 'right';
}) {
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const next = active && !descending ? `-${field}` : field;
  return (
    <th
      aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}
      className={align === 'right' ? 'text-right' : ''}
    >
      <button
        type="button"
        className={`inline-flex items-center gap-1 rounded hover:text-base-content ${active ? 'text-base-content' : ''}`}
        onClick={() => onSort(next)}
      >
        {align === 'left' && label}
        <Icon
          name={descending ? 'chevronDown' : 'chevronUp'}
          className={`size-3.5 ${active ? '' : 'opacity-0'}`}
        />
        {align === 'right' && label}
      </button>
    </th>
  );
}
