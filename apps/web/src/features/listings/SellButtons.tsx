import { useState } from 'react';
import { Icon } from '../../components/Icon';
import { MarkSoldDialog } from '../sales/MarkSoldDialog';
import { type EditorTarget, ListingEditor } from './ListingEditor';

/** What the part and build pages need to offer "List it" and "Mark as sold". */
export interface Sellable {
  partId?: number;
  buildId?: number;
  itemName: string;
  /** The price to start from: a build's target price, when there is one. */
  priceCents?: number | null;
  /** A build's problems no override covers yet: selling it asks why it is sold anyway. */
  problems?: string[];
}

/** "List it" and "Mark as sold" for a part or a build that can still be sold. */
export function SellButtons({ thing }: { thing: Sellable }) {
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [selling, setSelling] = useState(false);
  const { priceCents, problems, ...ids } = thing;
  return (
    <>
      <button type="button" className="btn btn-sm" onClick={() => setEditing(thing)}>
        <Icon name="tag" className="size-4" />
        List it
      </button>
      <button type="button" className="btn btn-primary btn-sm" onClick={() => setSelling(true)}>
        <Icon name="dollar" className="size-4" />
        Mark as sold
      </button>
      <ListingEditor target={editing} onClose={() => setEditing(null)} />
      <MarkSoldDialog
        target={
          selling
            ? { ...ids, ...(priceCents ? { priceCents } : {}), ...(problems ? { problems } : {}) }
            : null
        }
        onClose={() => setSelling(false)}
      />
    </>
  );
}
