import {
  BUILD_STATUS_LABELS,
  type Build,
  type BuildStatus,
  BuildUpdate,
  EDITABLE_BUILD_STATUSES,
  problemsNotOverridden,
} from '@partwise/shared';
import { useId, useState } from 'react';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { inSentence } from '../../lib/format';
import { SellButtons } from '../listings/SellButtons';
import { BuildActions } from './BuildActions';
import { BuildStatusBadge } from './badges';
import { InlineEdit } from './InlineEdit';
import { OverrideDialog, type OverrideRequest } from './OverrideDialog';
import { useUpdateBuild } from './queries';

const editableStatus = (status: string): status is (typeof EDITABLE_BUILD_STATUSES)[number] =>
  (EDITABLE_BUILD_STATUSES as readonly string[]).includes(status);

/** Name and notes edited in place, the status, and the actions that end a build. */
export function BuildHeader({ build }: { build: Build }) {
  const update = useUpdateBuild(build.id);
  const notify = useToast();
  const statusId = useId();

  const save = async (change: BuildUpdate, message: string) => {
    await update.mutateAsync(change);
    notify(message);
  };
  const [override, setOverride] = useState<OverrideRequest | null>(null);
  // What would stop a sale now; each problem the build's override already covers is fine.
  const problems = problemsNotOverridden(build.compatibility.findings, build.override).map((f) => f.message);
  const setStatus = (status: BuildStatus) => {
    const done = () => notify(`“${build.name}” is now ${inSentence(BUILD_STATUS_LABELS[status])}`);
    if (status === 'ready' && build.status !== 'ready' && problems.length > 0) {
      setOverride({
        title: `Set “${build.name}” ready to sell with its problems?`,
        problems,
        confirmLabel: 'Set ready anyway',
        submit: (overrideReason) => update.mutateAsync({ status, overrideReason }).then(done),
      });
      return;
    }
    update
      .mutateAsync({ status })
      .then(done)
      .catch((error: unknown) => notify(errorMessage(error), 'error'));
  };

  return (
    <header className="mb-6 flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium text-primary">Build #{build.id}</p>
          <InlineEdit
            label="Build name"
            value={build.name}
            display={<h1 className="text-2xl font-semibold tracking-tight break-words">{build.name}</h1>}
            schema={BuildUpdate.shape.name}
            onSave={(text) => save({ name: text.trim() }, 'Name saved')}
            className="max-w-2xl"
          />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {editableStatus(build.status) ? (
            <>
              <label htmlFor={statusId} className="text-sm text-base-content/70 max-sm:sr-only">
                Status
              </label>
              <select
                id={statusId}
                className="select select-sm w-36 sm:w-40"
                value={build.status}
                onChange={(e) => {
                  if (editableStatus(e.target.value)) setStatus(e.target.value);
                }}
              >
                {EDITABLE_BUILD_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {BUILD_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <BuildStatusBadge status={build.status} />
          )}
          {build.status !== 'sold' && build.partCount > 0 && (
            <SellButtons
              thing={{
                buildId: build.id,
                itemName: build.name,
                priceCents: build.money.targetPriceCents,
                problems,
              }}
            />
          )}
          <BuildActions build={build} />
        </div>
      </div>
      <OverrideDialog request={override} onClose={() => setOverride(null)} />
      <InlineEdit
        label="Notes"
        kind="multiline"
        value={build.notes ?? ''}
        placeholder="What it is for, where the parts came from, what is left to do…"
        display={
          build.notes ? (
            <p className="max-w-2xl whitespace-pre-line text-base-content/70">{build.notes}</p>
          ) : (
            <p className="text-sm text-base-content/50">No notes yet</p>
          )
        }
        schema={BuildUpdate.shape.notes}
        onSave={(text) => save({ notes: text.trim() === '' ? null : text.trim() }, 'Notes saved')}
        className="max-w-2xl"
      />
    </header>
  );
}
