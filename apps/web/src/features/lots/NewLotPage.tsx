import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/states';
import { useToast } from '../../components/toast';
import { LotForm } from './LotForm';
import { useCreateLot } from './queries';

export function NewLotPage() {
  const create = useCreateLot();
  const notify = useToast();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="New lot"
        description="Bought several parts for one price? Enter them once as a lot; the price is split across them."
      />
      <LotForm
        onSave={async (body) => {
          const lot = await create.mutateAsync(body);
          notify(`“${lot.name}” saved with ${lot.parts.length} ${lot.parts.length === 1 ? 'part' : 'parts'}`);
          navigate(`/lots/${lot.id}`);
        }}
        onCancel={() => navigate(-1)}
      />
    </>
  );
}
