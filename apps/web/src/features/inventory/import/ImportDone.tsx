import type { CsvImportResult, CsvSkipReason } from '@partwise/shared';
import { Link } from 'react-router';
import { Icon } from '../../../components/Icon';

const REASONS: Record<CsvSkipReason, string> = {
  chosen: 'left out by you',
  problem: 'with problems',
  blank_cost: 'without a cost',
  duplicate: 'likely duplicates',
};

const MAX_LISTED = 40;

/** "Rows 3, 4, 9", cut short after MAX_LISTED numbers. */
function rowsText(rows: number[]): string {
  const more = rows.length - MAX_LISTED;
  const list = rows.slice(0, MAX_LISTED).join(', ');
  return `${rows.length === 1 ? 'Row' : 'Rows'} ${list}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Step 4: what was imported, and every row that was left out, grouped by why. */
export function ImportDone({ result }: { result: CsvImportResult }) {
  const groups = (Object.keys(REASONS) as CsvSkipReason[])
    .map((reason) => ({
      reason,
      rows: result.skippedRows.filter((r) => r.reason === reason).map((r) => r.row),
    }))
    .filter((g) => g.rows.length > 0);
  return (
    <div className="flex flex-col items-center gap-3 py-8 text-center">
      <div className="grid size-14 place-items-center rounded-2xl bg-success/15 text-success">
        <Icon name="check" className="size-7" />
      </div>
      <h2 className="text-lg font-semibold">
        {result.imported} {result.imported === 1 ? 'part' : 'parts'} imported
      </h2>
      {groups.length > 0 && (
        <section aria-label="Rows left out" className="w-full max-w-lg text-left text-sm">
          <p className="mb-1 font-medium">
            {result.skipped} {result.skipped === 1 ? 'row was' : 'rows were'} left out:
          </p>
          <ul className="flex flex-col gap-1 text-base-content/80">
            {groups.map((g) => (
              <li key={g.reason}>
                {rowsText(g.rows)}, {REASONS[g.reason]}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Link to="/inventory?sort=-createdAt" className="btn btn-primary btn-sm">
        See them in your inventory, newest first
        <Icon name="arrowRight" className="size-4" />
      </Link>
    </div>
  );
}
