import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { withQuery } from '../../lib/api';
import { filterParams, type InventoryView } from './view';

/** Ways in and out: add, enter a lot, import, and export exactly what is shown. */
export function InventoryActions({ view }: { view: InventoryView }) {
  const exportUrl = withQuery('/api/v1/parts/export.csv', { ...filterParams(view), sort: view.sort });
  return (
    <div className="flex flex-wrap gap-2">
      <Link to="/inventory/new" className="btn btn-primary btn-sm">
        <Icon name="plus" className="size-4" />
        Add part
      </Link>
      <Link to="/lots/new" className="btn btn-sm">
        <Icon name="bag" className="size-4" />
        New lot
      </Link>
      <Link to="/inventory/import" className="btn btn-sm">
        <Icon name="upload" className="size-4" />
        Import CSV
      </Link>
      <a href={exportUrl} download className="btn btn-sm">
        <Icon name="download" className="size-4" />
        Export CSV
      </a>
    </div>
  );
}
