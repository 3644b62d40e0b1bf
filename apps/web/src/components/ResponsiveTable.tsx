import type { ReactNode } from 'react';

/**
 * One table that becomes a stack of cards below the sm breakpoint: rows turn into bordered boxes and each
 * cell shows its column name before its value (from data-label), so there is a single DOM for both.
 */
export function ResponsiveTable({
  caption,
  head,
  alignRight = [],
  children,
}: {
  caption: string;
  head: string[];
  /** Columns of numbers or money: their headers line up with their right-aligned values. */
  alignRight?: string[];
  children: ReactNode;
}) {
  return (
    <table className="table w-full max-sm:block sm:[&_td]:px-3 sm:[&_th]:px-3">
      <caption className="sr-only">{caption}</caption>
      <thead className="max-sm:hidden">
        <tr>
          {head.map((label, i) => (
            <th
              key={label || i}
              className={(i === head.length - 1 && !label) || alignRight.includes(label) ? 'text-right' : ''}
            >
              {label || <span className="sr-only">Actions</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-sm:flex max-sm:flex-col max-sm:gap-3">{children}</tbody>
    </table>
  );
}

export function Row({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <tr
      className={`max-sm:block max-sm:rounded-box max-sm:border max-sm:border-base-300 max-sm:bg-base-100 max-sm:p-3 ${className}`}
    >
      {children}
    </tr>
  );
}

export function Cell({
  label,
  children,
  className = '',
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <td
      data-label={label}
      className={`max-sm:flex max-sm:items-center max-sm:justify-between max-sm:gap-4 max-sm:px-1 max-sm:py-1.5 max-sm:text-right max-sm:before:text-left max-sm:before:text-sm max-sm:before:text-base-content/60 max-sm:border-0 max-sm:before:shrink-0 max-sm:before:content-[attr(data-label)] ${className}`}
    >
      {/* One box beside the label on a phone, however many pieces the value has (a name and a badge). */}
      <span className="max-sm:min-w-0">{children}</span>
    </td>
  );
}

/** The last cell with the row's buttons: right-aligned, without a label on phones. */
export function ActionsCell({ children }: { children: ReactNode }) {
  return (
    <td className="text-right max-sm:flex max-sm:justify-end max-sm:border-0 max-sm:px-1 max-sm:pt-2 max-sm:pb-0">
      {children}
    </td>
  );
}
