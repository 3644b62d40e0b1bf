import { useQuery } from '@tanstack/react-query';
import { BusyButton } from '../../components/BusyButton';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { sampleDataQueries, useLoadSampleData } from './queries';

/** For an empty account: a made-up workshop to look around in, before entering anything real. */
export function SampleDataOffer() {
  const status = useQuery(sampleDataQueries.status());
  const load = useLoadSampleData();
  const notify = useToast();
  if (!status.data?.canLoad) return null;

  // Not mutate's own callbacks: once loaded, the getting-started section, and this offer in it, goes away.
  const doLoad = () =>
    load
      .mutateAsync()
      .then(() => notify('Sample data loaded: have a look around'))
      .catch((error: unknown) => notify(errorMessage(error), 'error'));

  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-4 rounded-box border border-dashed border-base-content/20 p-4 sm:px-6">
      <div className="flex min-w-0 flex-1 basis-72 items-start gap-3">
        <Icon name="cube" className="mt-0.5 size-6 shrink-0 text-primary" />
        <p className="text-sm text-base-content/70">
          <span className="font-medium text-base-content">Just looking?</span> Load a sample workshop — parts
          from a whole-PC lot, a planned build, listings and three months of sales — to see how it all fits
          together. Remove it in one click when you are ready for your own.
        </p>
      </div>
      <BusyButton
        busy={load.isPending}
        className="btn btn-sm btn-outline max-sm:w-full"
        onClick={() => void doLoad()}
      >
        Load sample data
      </BusyButton>
    </div>
  );
}
