import { Icon } from './Icon';

/** "51–100 of 132" with previous and next; renders nothing when everything fits on one page. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize && page === 1) return null;
  const first = Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="tabular text-sm text-base-content/70">
        {first}–{last} of {total}
      </p>
      <div className="join">
        <button
          type="button"
          className="btn btn-sm join-item"
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          <Icon name="arrowLeft" className="size-4" />
          Previous
        </button>
        <span className="btn btn-sm join-item pointer-events-none tabular">
          Page {page} of {lastPage}
        </span>
        <button
          type="button"
          className="btn btn-sm join-item"
          disabled={page >= lastPage}
          onClick={() => onPage(page + 1)}
        >
          Next
          <Icon name="arrowRight" className="size-4" />
        </button>
      </div>
    </nav>
  );
}
