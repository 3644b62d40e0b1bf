import { parseSpecs } from '@partwise/shared';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { BusyButton } from '../../components/BusyButton';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { useApiForm } from '../../lib/api-form';
import { SpecFields } from '../inventory/SpecFields';
import { inputsToSpecs, type SpecInputs, specsToInputs } from '../inventory/spec-fields';
import type { SpecChange } from './item-mutations';
import type { SlotEntry } from './slots';

interface SpecsForm {
  specs: SpecInputs;
}

interface Props {
  entry: SlotEntry | null;
  onClose: () => void;
  onSave: (change: SpecChange) => Promise<void>;
}

/** Every spec of one item of the build, to correct what the catalog got wrong: saved on the item only. */
export function SpecsDialog({ entry, onClose, onSave }: Props) {
  return (
    <Modal
      open={entry !== null}
      title={entry ? `Specs of the ${entry.name}` : ''}
      onClose={onClose}
      width="wide"
    >
      {entry && <SpecsBody entry={entry} onClose={onClose} onSave={onSave} />}
    </Modal>
  );
}

const specsOf = (entry: SlotEntry) => (entry.kind === 'part' ? entry.part : entry.planned);

function SpecsBody({ entry, onClose, onSave }: Props & { entry: SlotEntry }) {
  const { category, specs } = specsOf(entry);
  // Read as the part form reads specs, checked by the shared schema: field errors under "specs.<key>".
  const resolver: Resolver<SpecsForm, unknown, Record<string, unknown>> = (values) => {
    const read = inputsToSpecs(category, values.specs);
    const checked = parseSpecs(category, read.specs);
    const messages = { ...(checked.ok ? {} : checked.fields), ...read.errors };
    if (checked.ok && Object.keys(read.errors).length === 0) return { values: checked.specs, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const [key, message] of Object.entries(messages))
      errors[key.replace(/^specs\./, '')] = { type: 'validate', message };
    return { values: {}, errors: { specs: errors } as FieldErrors<SpecsForm> };
  };
  const { form, problem, submit } = useApiForm<SpecsForm, Record<string, unknown>>({
    resolver,
    defaultValues: { specs: specsToInputs(specs) },
    onSubmit: async (values) => {
      await onSave({ entry, specs: values });
      onClose();
    },
  });
  const { register, formState } = form;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <p className="text-sm text-base-content/70">
        Blank means unknown. Saved on {entry.kind === 'part' ? 'your part' : 'this planned purchase'} only:
        the shared catalog stays as it is. The build is checked again at once.
      </p>
      <FormAlert problem={problem} />
      <SpecFields category={category} register={register} errors={formState.errors.specs} />
      <div className="modal-action mt-1">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-primary">
          Save specs
        </BusyButton>
      </div>
    </form>
  );
}
