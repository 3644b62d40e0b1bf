import { Link } from 'react-router';
import { EmptyState } from '../components/states';

export function NotFoundPage() {
  return (
    <div className="card border border-base-300 bg-base-100">
      <EmptyState
        icon="search"
        title="There is no page here"
        action={
          <Link to="/" className="btn btn-primary btn-sm">
            Go to the dashboard
          </Link>
        }
      >
        The link may be old or mistyped.
      </EmptyState>
    </div>
  );
}
