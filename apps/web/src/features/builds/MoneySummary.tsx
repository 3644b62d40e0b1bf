import type { Build } from '@partwise/shared';
import { centsToDecimal, dateIn } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { Money } from '../../components/Money';
import { useToast } from '../../components/toast';
import { formatMoney } from '../../lib/format';
import { inputToCents, MoneyText } from '../../lib/money-input';
import { useTimeZone } from '../account/time-zone';
import { SoldFacts } from '../sales/SoldFacts';
import { InlineEdit } from './InlineEdit';
import { ProfitText } from './ProfitText';
import { buildQueries, useUpdateBuild } from './queries';

function Figure({
  label,
  children,
  className = '',
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={`flex min-w-0 flex-col lg:flex-row lg:items-center lg:justify-between lg:gap-3 ${className}`}
    >
      <dt className="text-xs text-base-content/60 lg:text-sm">{label}</dt>
      <dd className="tabular font-semibold lg:text-right">{children}</dd>
    </div>
  );
}

/**
 * Cost so far, still to buy, total, target price (editable here) and expected profit, always in view; once
 * the build is sold, its sale (price, fees, actual profit, days to sell) instead of the target.
 */
export function MoneySummary({ build, className = '' }: { build: Build; className?: string }) {
  const titleId = useId();
  const update = useUpdateBuild(build.id);
  const notify = useToast();
  const { money } = build;
  const timeZone = useTimeZone();
  const value = useQuery({ ...buildQueries.valuation(build.id), enabled: !build.sale });
  const estimate = value.data && value.data.parts.length > 0 ? value.data : null;

  const saveTarget = async (text: string) => {
    const cents = inputToCents(text) ?? null;
    await update.mutateAsync({ targetPriceCents: cents });
    notify(cents === null ? 'Target price cleared' : 'Target price saved');
  };

  return (
    <section
      aria-labelledby={titleId}
      className={`rounded-box border border-base-300 bg-base-100/95 p-3 shadow-sm backdrop-blur lg:p-4 ${className}`}
    >
      <h2 id={titleId} className="sr-only lg:not-sr-only lg:mb-2 lg:font-semibold">
        Money
      </h2>
      <dl className="grid grid-cols-6 gap-x-3 gap-y-2 lg:flex lg:flex-col">
        <Figure label="Cost so far" className="col-span-2">
          <Money cents={money.ownedCostCents} />
        </Figure>
        <Figure label="Still to buy" className="col-span-2">
          <Money cents={money.plannedCostCents} />
        </Figure>
        <Figure label="Total" className="col-span-2 lg:border-t lg:border-base-300 lg:pt-2">
          <Money cents={money.totalCostCents} />
        </Figure>
        {build.sale ? (
          <div className="col-span-6 lg:border-t lg:border-base-300 lg:pt-2">
            <SoldFacts sale={build.sale} since={dateIn(timeZone, new Date(build.createdAt))} from="started" />
          </div>
        ) : (
          <>
            <Figure label="Target price" className="col-span-3">
              <InlineEdit
                label="Target price"
                kind="money"
                value={money.targetPriceCents === null ? '' : centsToDecimal(money.targetPriceCents)}
                display={
                  money.targetPriceCents === null ? (
                    <span className="font-normal text-base-content/50">Not set</span>
                  ) : (
                    <Money cents={money.targetPriceCents} />
                  )
                }
                schema={MoneyText}
                onSave={saveTarget}
                className="lg:justify-end"
              />
            </Figure>
            <Figure label="Expected profit" className="col-span-3">
              <ProfitText cents={money.expectedProfitCents} className="text-base lg:text-lg" />
            </Figure>
            {estimate && (
              <>
                <Figure label="Estimated sale" className="col-span-3 lg:border-t lg:border-base-300 lg:pt-2">
                  <span
                    title={`${formatMoney(estimate.lowCents)} to ${formatMoney(estimate.highCents)}, ${estimate.confidence} confidence; parted out ${formatMoney(estimate.partOutCents)}`}
                  >
                    <Money cents={estimate.valueCents} />
                  </span>
                </Figure>
                <Figure label="Profit at the estimate" className="col-span-3">
                  <ProfitText cents={estimate.valueCents - estimate.costCents} />
                </Figure>
              </>
            )}
          </>
        )}
      </dl>
    </section>
  );
}
