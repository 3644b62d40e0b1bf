import { Link } from 'react-router';
import { EmptyState } from './states';

/** The page of a record that is not there (deleted, another user's, a mistyped link), with the way back to its list. */
export function RecordNotFound({ title, back }: { title: string; back: { to: string; label: string } }) {
  return (
    <div className="card border border-base-300 bg-base-100">
      <EmptyState
        icon="search"
        title={title}
        action={
          <Link to={back.to} className="btn btn-primary btn-sm">
            {back.label}
          </Link>
        }
      >
        It may have been deleted, or the link is old or mistyped.
      </EmptyState>
    </div>
  );
}
