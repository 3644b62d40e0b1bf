import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { EmptyState } from '../../components/states';

/** A new user's inventory: the three ways to fill it. */
export function EmptyInventory() {
  return (
    <EmptyState
      icon="cube"
      title="Nothing on the shelf yet"
      action={
        <div className="flex flex-wrap justify-center gap-2">
          <Link to="/inventory/new" className="btn btn-primary btn-sm">
            <Icon name="plus" className="size-4" />
            Add a part
          </Link>
          <Link to="/lots/new" className="btn btn-sm">
            <Icon name="bag" className="size-4" />
            Enter a lot
          </Link>
          <Link to="/inventory/import" className="btn btn-sm">
            <Icon name="upload" className="size-4" />
            Import a spreadsheet
          </Link>
        </div>
      }
    >
      Add the parts you have one by one, enter a whole PC or a box of parts as a lot and split its price, or
      bring the spreadsheet you keep today.
    </EmptyState>
  );
}
