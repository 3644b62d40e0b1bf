import { OverrideReason } from '@partwise/shared';
import { z } from 'zod';
import { BusyButton } from '../../components/BusyButton';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { useApiForm } from '../../lib/api-form';
import { OverrideReasonField } from './OverrideReasonField';

/** A sale-like action the build's problems stand in the way of, and how to do it with a reason. */
export interface OverrideRequest {
  /** "Set “Office PC” ready to sell with its problems?" */
  title: string;
  /** The problems in the report's words, or the server's refusal that names them. */
  problems: string[];
  /** "Set ready anyway". */
  confirmLabel: string;
  /** Does it, with the reason; rejects with the server's error, shown on the form. */
  submit: (overrideReason: string) => Promise<void>;
}

const ReasonForm = z.object({ overrideReason: OverrideReason });

/** Names what does not work and asks why it is sold anyway: the reason is kept on the build. */
export function OverrideDialog({
  request,
  onClose,
}: {
  request: OverrideRequest | null;
  onClose: () => void;
}) {
  return (
    <Modal open={request !== null} title={request?.title ?? ''} onClose={onClose}>
      {request && <ReasonBody request={request} onClose={onClose} />}
    </Modal>
  );
}

function ReasonBody({ request, onClose }: { request: OverrideRequest; onClose: () => void }) {
  const { form, problem, submit } = useApiForm({
    schema: ReasonForm,
    defaultValues: { overrideReason: '' },
    onSubmit: async ({ overrideReason }) => {
      await request.submit(overrideReason);
      onClose();
    },
  });
  const { register, formState } = form;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <OverrideReasonField
        problems={request.problems}
        registration={register('overrideReason')}
        error={formState.errors.overrideReason}
        autoFocus
      />
      <div className="modal-action mt-1">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <BusyButton busy={formState.isSubmitting} type="submit" className="btn btn-warning">
          {request.confirmLabel}
        </BusyButton>
      </div>
    </form>
  );
}
