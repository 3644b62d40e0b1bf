import { type CreatedToken, TokenCreate } from '@partwise/shared';
import { BusyButton } from '../../components/BusyButton';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { useCreateToken } from './queries';

export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const create = useCreateToken();
  const notify = useToast();
  const { form, problem, submit } = useApiForm({
    schema: TokenCreate,
    defaultValues: { name: '' },
    onSubmit: async (body) => {
      const token = await create.mutateAsync(body);
      form.reset();
      onCreated(token);
      notify(`Token “${token.name}” created`);
    },
  });
  const { register, formState } = form;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:gap-3">
        <div className="flex-1">
          <TextField
            label="Token name"
            placeholder="e.g. Inventory sync script"
            registration={register('name')}
            error={formState.errors.name}
          />
        </div>
        <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary sm:mt-8">
          Create token
        </BusyButton>
      </div>
      <FormAlert problem={problem} />
    </form>
  );
}
