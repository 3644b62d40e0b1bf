import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { useToast } from '../../components/toast';
import { isApiError } from '../../lib/api';
import { PartForm } from './PartForm';
import { PartNotFound } from './PartNotFound';
import { partToForm } from './part-form';
import { partQueries, useUpdatePart } from './queries';
import { usePartId } from './usePartId';

export function EditPartPage() {
  const id = usePartId();
  if (id === null) return <PartNotFound />;
  return <EditPart id={id} />;
}

function EditPart({ id }: { id: number }) {
  const part = useQuery(partQueries.detail(id));
  const update = useUpdatePart();
  const notify = useToast();
  const navigate = useNavigate();

  if (part.isPending) return <SkeletonRows rows={6} label="Loading the part" />;
  if (part.isError) {
    if (isApiError(part.error) && part.error.status === 404) return <PartNotFound />;
    return <ErrorState error={part.error} onRetry={() => void part.refetch()} />;
  }
  return (
    <>
      <PageHeader title={`Edit ${part.data.name}`} />
      <PartForm
        defaultValues={partToForm(part.data)}
        submitLabel="Save changes"
        onSave={async ({ status: _status, ...change }) => {
          const saved = await update.mutateAsync({ id, change });
          notify(`“${saved.name}” saved`);
          navigate(`/inventory/${id}`);
        }}
        onCancel={() => navigate(`/inventory/${id}`)}
      />
    </>
  );
}
