import type { LotWithParts } from '@partwise/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { BusyButton } from '../../components/BusyButton';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { useDeleteLot } from './queries';

type Fate = 'delete' | 'keep';

/** Deleting a lot asks first what becomes of its parts; a lot with a sold part cannot be deleted. */
export function LotDeleteDialog({
  lot,
  open,
  onClose,
}: {
  lot: LotWithParts;
  open: boolean;
  onClose: () => void;
}) {
  const remove = useDeleteLot(lot.id);
  const notify = useToast();
  const navigate = useNavigate();
  const [fate, setFate] = useState<Fate | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const sold = lot.parts.find((p) => p.status === 'sold');
  const n = lot.parts.length;
  const parts = `${n} ${n === 1 ? 'part' : 'parts'}`;
  const choices: { value: Fate; label: string; detail: string }[] = [
    {
      value: 'keep',
      label: `Keep its ${parts}`,
      detail: 'They stay in your inventory at the cost they have now, in no lot.',
    },
    {
      value: 'delete',
      label: `Delete its ${parts} too`,
      detail: 'Only parts never listed or sold, and in no build, can be deleted.',
    },
  ];
  const confirm = () => {
    if (!fate) return;
    setProblem(null);
    remove
      .mutateAsync(fate)
      .then(() => {
        notify(
          fate === 'keep'
            ? `“${lot.name}” deleted; its ${parts} stay in your inventory`
            : `“${lot.name}” and its ${parts} deleted`,
        );
        navigate('/lots');
      })
      .catch((error: unknown) => setProblem(errorMessage(error)));
  };
  const close = () => {
    setFate(null);
    setProblem(null);
    onClose();
  };

  return (
    <Modal open={open} title={`Delete “${lot.name}”?`} onClose={close} closeButton={false}>
      {sold ? (
        <p className="text-base-content/80">
          “{sold.name}” is sold, so this lot cannot be deleted: its sale counts on what the lot cost. You can
          still edit the lot.
        </p>
      ) : (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-base-content/80">What should happen to its {parts}?</legend>
          {choices.map((choice) => (
            <label
              key={choice.value}
              className={`flex cursor-pointer gap-3 rounded-box border p-3 ${fate === choice.value ? 'border-primary bg-primary/5' : 'border-base-300'}`}
            >
              <input
                type="radio"
                name="lot-parts"
                className="radio radio-sm radio-primary mt-0.5"
                checked={fate === choice.value}
                onChange={() => setFate(choice.value)}
              />
              <span>
                <span className="block font-medium">{choice.label}</span>
                <span className="block text-sm text-base-content/70">{choice.detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <FormAlert problem={problem} />
      <div className="modal-action mt-2">
        <button type="button" className="btn btn-ghost" onClick={close}>
          {sold ? 'Close' : 'Cancel'}
        </button>
        {!sold && (
          <BusyButton
            busy={remove.isPending}
            className="btn btn-error"
            disabled={!fate || remove.isPending}
            onClick={confirm}
          >
            Delete the lot
          </BusyButton>
        )}
      </div>
    </Modal>
  );
}
