import { RecordNotFound } from '../../components/RecordNotFound';

/** The part page and the part editor of a part that is not there. */
export const PartNotFound = () => (
  <RecordNotFound title="This part is not here" back={{ to: '/inventory', label: 'Back to the inventory' }} />
);
