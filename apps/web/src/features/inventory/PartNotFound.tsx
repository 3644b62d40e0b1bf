import { Link } from 'react-router';
import { EmptyState } from '../../components/states';

export function PartNotFound() {
  return (
    <div className="card border border-base-300 bg-base-100">
      <EmptyState
        icon="search"
        title="This part is not here"
        action={
          <Link to="/inventory" className="btn btn-primary btn-sm">
            Back to the inventory
          </Link>
        }
      >
        It may have been deleted, or the link is mistyped.
      </EmptyState>
    </div>
  );
}
