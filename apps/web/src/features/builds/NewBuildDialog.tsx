import { BuildCreate } from '@partwise/shared';
import { Controller } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyInput } from '../../components/MoneyInput';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { inputToCents, MoneyText } from '../../lib/money-input';
import { useCreateBuild } from './queries';

const NewBuildForm = z.object({ name: BuildCreate.shape.name, targetPrice: MoneyText });

/** "New build": a name and, if known, what it should sell for; then straight to its page. */
export function NewBuildDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title="New build" onClose={onClose}>
      <NewBuildFields onClose={onClose} />
    </Modal>
  );
}

function NewBuildFields({ onClose }: { onClose: () => void }) {
  const create = useCreateBuild();
  const navigate = useNavigate();
  const notify = useToast();
  const { form, problem, submit } = useApiForm({
    schema: NewBuildForm,
    defaultValues: { name: '', targetPrice: '' },
    onSubmit: async (values) => {
      const build = await create.mutateAsync({
        name: values.name,
        targetPriceCents: inputToCents(values.targetPrice) ?? null,
      });
      notify(`Build “${build.name}” started`);
      onClose();
      await navigate(`/builds/${build.id}`);
    },
  });
  const { register, control, formState } = form;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <p className="text-sm text-base-content/70">
        Fill its slots from your stock and plan what is still to buy; the cost adds up as you go.
      </p>
      <FormAlert problem={problem} />
      <TextField
        label="Build name"
        registration={register('name')}
        error={formState.errors.name}
        placeholder="Ryzen 5600X + RTX 3070 gaming PC"
        data-autofocus
      />
      <Controller
        control={control}
        name="targetPrice"
        render={({ field, fieldState }) => (
          <Field
            label="Target price"
            error={fieldState.error?.message}
            hint="What you hope to sell it for. Optional; you can set it later."
          >
            {(props) => <MoneyInput {...props} {...field} invalid={Boolean(fieldState.error)} />}
          </Field>
        )}
      />
      <div className="modal-action mt-2">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <BusyButton busy={create.isPending} type="submit" className="btn btn-primary">
          Create build
        </BusyButton>
      </div>
    </form>
  );
}
