import { DELIVERY_LABELS, type FeePreset, PLATFORMS } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, SkeletonRows } from '../../components/states';
import { FeeRateRow } from './FeeRateRow';
import { feePresetQueries } from './queries';

/** Each platform's selling fee for local pickup and for shipped sales: the documented default, or the user's. */
export function FeePresetsSection() {
  const presets = useQuery(feePresetQueries.list());
  return (
    <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="fees-title">
      <div className="card-body gap-4">
        <div>
          <h2 id="fees-title" className="card-title text-base">
            Platform fees
          </h2>
          <p className="text-sm text-base-content/70">
            Used for the estimated net on listings and the fees filled in when you mark something sold, by how
            the item is sold: picked up and paid in person, or shipped. Platforms change their fees: check the
            source and set your own.
          </p>
        </div>
        {presets.isPending ? (
          <SkeletonRows rows={4} label="Loading fees" />
        ) : presets.isError ? (
          <ErrorState error={presets.error} onRetry={() => void presets.refetch()} />
        ) : (
          <ul className="divide-y divide-base-300">
            {PLATFORMS.map((platform) => {
              const rows = presets.data.items.filter((p) => p.platform === platform);
              const [first] = rows;
              if (!first) return null;
              return (
                <li key={platform} className="py-3">
                  <h3 className="font-medium">{first.label}</h3>
                  <ul className="mt-1 flex flex-col gap-3">
                    {rows.map((preset: FeePreset) => (
                      <FeeRateRow
                        key={preset.delivery}
                        preset={preset}
                        name={`${preset.label} ${DELIVERY_LABELS[preset.delivery].toLowerCase()}`}
                      />
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
