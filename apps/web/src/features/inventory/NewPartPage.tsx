import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/states';
import { useToast } from '../../components/toast';
import { useToday } from '../account/time-zone';
import { PartForm } from './PartForm';
import { emptyPartForm } from './part-form';
import { useCreatePart } from './queries';

export function NewPartPage() {
  const create = useCreatePart();
  const notify = useToast();
  const navigate = useNavigate();
  const today = useToday();
  return (
    <>
      <PageHeader
        title="Add a part"
        description="One part you bought. Several bought together for one price? Enter them as a lot instead."
      />
      <PartForm
        defaultValues={emptyPartForm(today)}
        submitLabel="Save part"
        onSave={async (body) => {
          const part = await create.mutateAsync(body);
          notify(`“${part.name}” added`);
          navigate(`/inventory/${part.id}`);
        }}
        onSaveAnother={async (body, values) => {
          const part = await create.mutateAsync(body);
          notify(`“${part.name}” added`);
          // The next part was likely bought the same day, from the same place.
          return {
            ...emptyPartForm(today),
            acquiredAt: values.acquiredAt,
            source: values.source,
            condition: values.condition,
          };
        }}
        onCancel={() => navigate('/inventory')}
      />
    </>
  );
}
