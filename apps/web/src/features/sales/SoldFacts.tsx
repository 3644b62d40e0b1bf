import { daysBetween, PLATFORM_LABELS, type SoldSummary } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Money } from '../../components/Money';
import { SkeletonRows } from '../../components/states';
import { formatDay } from '../../lib/format';
import { ProfitText } from '../builds/ProfitText';
import { saleQueries } from './queries';

const daysText = (days: number) => (days === 1 ? '1 day' : `${days} days`);

/** What a sale brought, as a sold part or build shows it: date, platform, price, fees, profit, days to sell. */
export function SoldFacts({
  sale,
  since,
  itemName,
  from = 'acquired',
}: {
  sale: SoldSummary;
  /** The date it was acquired (a part) or started (a build): days to sell count from it. */
  since: string;
  /** Set when the sale was of something else (the build this part was in). */
  itemName?: string | undefined;
  from?: 'acquired' | 'started';
}) {
  const days = Math.max(0, daysBetween(since, sale.soldAt));
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-base-content/80">
        Sold {itemName ? <>as part of “{itemName}” </> : null}on {formatDay(sale.soldAt)} on{' '}
        {PLATFORM_LABELS[sale.platform]}, {daysText(days)} after it was {from}.
      </p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2">
        <div>
          <dt className="text-xs text-base-content/60">Price</dt>
          <dd className="tabular font-semibold">
            <Money cents={sale.priceCents} />
          </dd>
        </div>
        <div>
          <dt className="text-xs text-base-content/60">Fees and shipping</dt>
          <dd className="tabular font-semibold">
            <Money cents={sale.feesCents + sale.shippingCents} />
          </dd>
        </div>
        <div>
          <dt className="text-xs text-base-content/60">Profit</dt>
          <dd>
            <ProfitText cents={sale.profitCents} />
          </dd>
        </div>
        <div>
          <dt className="text-xs text-base-content/60">Days to sell</dt>
          <dd className="tabular font-semibold">{days}</dd>
        </div>
      </dl>
      <Link to={`/sales/${sale.saleId}`} className="link link-primary text-sm">
        See the sale
      </Link>
    </div>
  );
}

/** A sold part's sale (alone, or the build it was sold in). */
export function PartSale({ partId, acquiredAt }: { partId: number; acquiredAt: string }) {
  const sales = useQuery(saleQueries.ofPart(partId));
  if (sales.isPending) return <SkeletonRows rows={2} label="Loading the sale" />;
  const sale = sales.data?.items[0];
  if (!sale) return <p className="text-sm text-base-content/60">The sale could not be found.</p>;
  return (
    <SoldFacts
      sale={{ ...sale, saleId: sale.id }}
      since={acquiredAt}
      itemName={sale.buildId !== null ? sale.itemName : undefined}
    />
  );
}
