import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { describeCounts } from './counts';
import { sampleDataQueries, useRemoveSampleData } from './queries';

/** Above every page while the account holds the sample workshop, with the one click that takes it out. */
export function SampleDataBanner() {
  const status = useQuery(sampleDataQueries.status());
  const remove = useRemoveSampleData();
  const navigate = useNavigate();
  const notify = useToast();
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  if (!status.data?.loaded) return null;

  // To the dashboard first: a sample part's or build's own page would only find it gone.
  const doRemove = () =>
    Promise.resolve(navigate('/'))
      .then(() => remove.mutateAsync())
      .then(() => notify('Sample data removed'))
      .catch((error: unknown) => notify(errorMessage(error), 'error'))
      .finally(() => setAsking(false));

  return (
    <>
      <section
        aria-labelledby={titleId}
        className="alert alert-info alert-soft mb-6 flex flex-wrap items-center justify-between gap-3"
      >
        <div className="flex min-w-0 flex-1 basis-64 items-start gap-3">
          <Icon name="info" className="size-6 shrink-0" />
          <div>
            <p id={titleId} className="font-medium">
              You are looking at sample data
            </p>
            <p className="text-sm">
              The parts, builds and sales here are made up, to show how things work. Take them out when you
              start with your own.
            </p>
          </div>
        </div>
        <button type="button" className="btn btn-sm max-sm:w-full" onClick={() => setAsking(true)}>
          <Icon name="trash" className="size-4" />
          Remove sample data
        </button>
      </section>
      <ConfirmDialog
        open={asking}
        title="Remove the sample data?"
        confirmLabel="Remove sample data"
        busy={remove.isPending}
        onConfirm={() => void doRemove()}
        onCancel={() => setAsking(false)}
      >
        This removes the sample’s {describeCounts(status.data.counts)} for good, together with anything you
        recorded on its parts and builds (a sale, a listing). What you added yourself stays.
      </ConfirmDialog>
    </>
  );
}
