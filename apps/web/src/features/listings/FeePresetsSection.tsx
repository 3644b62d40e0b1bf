import { type FeePreset, formatCents, parseMoneyToCents } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState, SkeletonRows } from '../../components/states';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { centsToInput } from '../../lib/money-input';
import { feePresetQueries, useSaveFeePreset } from './queries';

/** "13.6" → 1360 basis points, without floating point; null when it is not a percentage. */
function percentToBasisPoints(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/%$/, ''));
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}
const basisPointsToPercent = (bp: number) =>
  `${Math.trunc(bp / 100)}${
    bp % 100
      ? `.${String(bp % 100)
          .padStart(2, '0')
          .replace(/0$/, '')}`
      : ''
  }`;
const describe = (bp: number, fixed: number) =>
  [bp ? `${basisPointsToPercent(bp)}%` : '', fixed ? formatCents(fixed) : ''].filter(Boolean).join(' + ') ||
  'No fee';

/** Each platform's selling fee: the documented default with its source, or the user's own. */
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
            Used for the estimated net on listings and the fees filled in when you mark something sold.
            Platforms change their fees: check the source and set your own.
          </p>
        </div>
        {presets.isPending ? (
          <SkeletonRows rows={4} label="Loading fees" />
        ) : presets.isError ? (
          <ErrorState error={presets.error} onRetry={() => void presets.refetch()} />
        ) : (
          <ul className="divide-y divide-base-300">
            {presets.data.items.map((preset) => (
              <PresetRow key={preset.platform} preset={preset} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function PresetRow({ preset }: { preset: FeePreset }) {
  const save = useSaveFeePreset();
  const notify = useToast();
  const [percent, setPercent] = useState(basisPointsToPercent(preset.percentBasisPoints));
  const [fixed, setFixed] = useState(centsToInput(preset.fixedCents));
  const bp = percentToBasisPoints(percent);
  const fixedCents = parseMoneyToCents(fixed || '0');
  const valid = bp !== null && fixedCents !== null && fixedCents >= 0;
  const changed = bp !== preset.percentBasisPoints || fixedCents !== preset.fixedCents;

  const run = (rate: { percentBasisPoints: number; fixedCents: number } | null) =>
    save
      .mutateAsync({ platform: preset.platform, rate })
      .then(() => {
        if (rate === null) {
          setPercent(basisPointsToPercent(preset.default.percentBasisPoints));
          setFixed(centsToInput(preset.default.fixedCents));
        }
        notify(rate ? `${preset.label} fee saved` : `${preset.label} fee back to the default`);
      })
      .catch((error: unknown) => notify(errorMessage(error), 'error'));

  return (
    <li className="grid gap-3 py-3 md:grid-cols-[12rem_minmax(0,1fr)_auto] md:items-center">
      <div>
        <p className="font-medium">
          {preset.label}
          {preset.custom && <span className="badge badge-info badge-soft badge-sm ml-2">Yours</span>}
        </p>
        <p className="text-xs text-base-content/60">
          Default {describe(preset.default.percentBasisPoints, preset.default.fixedCents)} · as of{' '}
          {preset.default.asOf}
        </p>
      </div>
      <p className="text-xs text-base-content/60 break-words">{preset.default.source}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label className={`input input-sm w-24 ${bp === null ? 'input-error' : ''}`}>
          <input
            aria-label={`${preset.label} percentage`}
            inputMode="decimal"
            className="tabular text-right"
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
          />
          <span className="text-base-content/60">%</span>
        </label>
        <span className="text-base-content/60">+</span>
        <label className={`input input-sm w-24 ${fixedCents === null ? 'input-error' : ''}`}>
          <span className="text-base-content/60">$</span>
          <input
            aria-label={`${preset.label} fixed fee`}
            inputMode="decimal"
            className="tabular text-right"
            value={fixed}
            onChange={(e) => setFixed(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="btn btn-sm btn-primary"
          disabled={!valid || !changed || save.isPending}
          onClick={() =>
            bp !== null && fixedCents !== null && void run({ percentBasisPoints: bp, fixedCents })
          }
        >
          Save
        </button>
        {preset.custom && (
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            disabled={save.isPending}
            onClick={() => void run(null)}
          >
            Reset
          </button>
        )}
      </div>
    </li>
  );
}
