import type { AdminUser, PlanId } from '@partwise/shared';
import { useState } from 'react';
import { Modal } from '../../components/Modal';
import { useToast } from '../../components/toast';
import { errorMessage, isApiError } from '../../lib/api';
import { PLAN_NAMES } from '../billing/queries';
import { useCompUser } from './queries';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Grants a plan without payment until a date (the end of that day, UTC), or ends a grant. */
export function CompDialog({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  return (
    <Modal open={user !== null} title="Grant a plan" onClose={onClose}>
      {user && <CompForm user={user} onClose={onClose} />}
    </Modal>
  );
}

function CompForm({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const comp = useCompUser();
  const notify = useToast();
  const [plan, setPlan] = useState<PlanId>(user.comp?.plan ?? 'pro');
  const [until, setUntil] = useState(user.comp?.until.slice(0, 10) ?? inDays(30));
  const untilError = isApiError(comp.error) ? comp.error.fields.until : undefined;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    comp.mutate(
      { id: user.id, comp: { plan, until: `${until}T23:59:59Z` } },
      {
        onSuccess: () => {
          notify(`${user.email} is on ${PLAN_NAMES[plan]} until ${until}`);
          onClose();
        },
      },
    );
  };
  const end = () =>
    comp.mutate(
      { id: user.id, comp: null },
      {
        onSuccess: () => {
          notify(`${user.email}'s granted plan has ended`);
          onClose();
        },
      },
    );

  return (
    <form onSubmit={submit} className="grid gap-4">
      <p className="text-sm text-base-content/70">
        {user.email} gets the plan’s allowance without paying, until the end of the chosen day.
      </p>
      <label className="form-control grid gap-1">
        <span className="text-sm font-medium">Plan</span>
        <select
          className="select w-full"
          value={plan}
          onChange={(e) => setPlan(e.target.value as PlanId)}
          data-autofocus
        >
          {(['pro', 'business', 'free'] as const).map((id) => (
            <option key={id} value={id}>
              {PLAN_NAMES[id]}
            </option>
          ))}
        </select>
      </label>
      <label className="form-control grid gap-1">
        <span className="text-sm font-medium">Until</span>
        <input
          type="date"
          className={`input w-full ${untilError ? 'input-error' : ''}`}
          value={until}
          min={inDays(0)}
          onChange={(e) => setUntil(e.target.value)}
          aria-invalid={untilError ? true : undefined}
          aria-describedby={untilError ? 'comp-until-error' : undefined}
          required
        />
        {untilError && (
          <span id="comp-until-error" className="text-sm text-error">
            The end date {untilError}
          </span>
        )}
      </label>
      {comp.isError && !untilError && (
        <div role="alert" className="alert alert-error alert-soft">
          {errorMessage(comp.error)}
        </div>
      )}
      <div className="modal-action mt-0 flex-wrap">
        {user.comp && (
          <button
            type="button"
            className="btn btn-ghost text-error mr-auto"
            onClick={end}
            disabled={comp.isPending}
          >
            End the grant
          </button>
        )}
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={comp.isPending}>
          Grant
        </button>
      </div>
    </form>
  );
}
