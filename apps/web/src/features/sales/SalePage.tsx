import { DELIVERY_LABELS, PLATFORM_LABELS, type SaleDetail } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { RecordNotFound } from '../../components/RecordNotFound';
import { Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { ErrorState, SkeletonRows } from '../../components/states';
import { isApiError } from '../../lib/api';
import { formatDateTime, formatDay } from '../../lib/format';
import { HistoryTimeline } from '../inventory/PartHistory';
import { EditSaleDialog } from './EditSaleDialog';
import { saleQueries } from './queries';
import { RefundDialog } from './RefundDialog';
import { VoidSaleDialog } from './VoidSaleDialog';

/** The sale's creation reads as what it was. */
const SALE_ACTIONS = { create: 'recorded the sale' } as const;

export function SalePage() {
  const { id } = useParams();
  const saleId = Number(id);
  const valid = Number.isSafeInteger(saleId) && saleId > 0;
  const sale = useQuery({ ...saleQueries.detail(saleId), enabled: valid });
  if (!valid || (sale.isError && isApiError(sale.error) && sale.error.status === 404))
    return <RecordNotFound title="This sale is not here" back={{ to: '/sales', label: 'See your sales' }} />;
  if (sale.isPending) return <SkeletonRows rows={5} label="Loading the sale" />;
  if (sale.isError) return <ErrorState error={sale.error} onRetry={() => void sale.refetch()} />;
  return <SaleSheet sale={sale.data} />;
}

const itemLink = (s: SaleDetail) =>
  s.buildId ? `/builds/${s.buildId}` : s.partId ? `/inventory/${s.partId}` : null;

/** By how many figures come before the profit (refunds add some): one row of them, the profit below. */
const FIGURE_COLUMNS: Record<number, string> = {
  4: 'sm:grid-cols-4',
  5: 'sm:grid-cols-3 lg:grid-cols-5',
  6: 'sm:grid-cols-3 xl:grid-cols-6',
};

function SaleSheet({ sale }: { sale: SaleDetail }) {
  const [dialog, setDialog] = useState<'edit' | 'refund' | 'void' | null>(null);
  const close = () => setDialog(null);
  const voided = sale.voidedAt !== null;
  const link = itemLink(sale);
  const figures: { label: string; cents: number; strong?: boolean }[] = [
    { label: 'Price', cents: sale.priceCents },
    { label: 'Fees', cents: -sale.feesCents },
    { label: 'Shipping', cents: -sale.shippingCents },
    { label: 'Cost of goods', cents: -sale.cogsCents },
    ...(sale.refundedCents > 0 ? [{ label: 'Refunded', cents: -sale.refundedCents }] : []),
    ...(sale.cogsReturnedCents > 0
      ? [{ label: 'Cost of goods returned', cents: sale.cogsReturnedCents }]
      : []),
    { label: 'Profit', cents: sale.profitCents, strong: true },
  ];
  return (
    <>
      <Link to="/sales" className="btn btn-ghost btn-sm mb-2 -ml-3">
        <Icon name="arrowLeft" className="size-4" />
        Sales
      </Link>
      <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-primary">Sale #{sale.id}</p>
          <h1 className="text-2xl font-semibold tracking-tight break-words">
            {link ? (
              <Link to={link} className="link-hover">
                {sale.itemName}
              </Link>
            ) : (
              sale.itemName
            )}
          </h1>
          <p className="mt-1 text-base-content/70">
            Sold on {formatDay(sale.soldAt)} · {PLATFORM_LABELS[sale.platform]}
            {sale.delivery && ` · ${DELIVERY_LABELS[sale.delivery]}`}
          </p>
          {sale.buyerNote && (
            <p className="mt-1 whitespace-pre-line text-base-content/70">{sale.buyerNote}</p>
          )}
        </div>
        {!voided && (
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn btn-sm" onClick={() => setDialog('edit')}>
              <Icon name="pencil" className="size-4" />
              Correct
            </button>
            {sale.refundedCents < sale.priceCents || !sale.restocked ? (
              <button type="button" className="btn btn-sm" onClick={() => setDialog('refund')}>
                <Icon name="dollar" className="size-4" />
                Refund
              </button>
            ) : null}
            <button
              type="button"
              className="btn btn-sm btn-ghost text-error"
              onClick={() => setDialog('void')}
            >
              <Icon name="x" className="size-4" />
              Void
            </button>
          </div>
        )}
      </header>
      {voided && (
        <div role="status" className="alert alert-warning alert-soft mb-6">
          <Icon name="warning" className="size-5" />
          <span>
            Voided on {formatDateTime(sale.voidedAt ?? '')}: “{sale.voidReason}”. This sale counts in no
            total.
          </span>
        </div>
      )}
      <dl
        className={`mb-6 grid grid-cols-2 divide-base-300 rounded-box border border-base-300 bg-base-100 ${FIGURE_COLUMNS[figures.length - 1] ?? ''} ${voided ? 'opacity-60' : ''}`}
        aria-label="Figures"
      >
        {figures.map((f) => (
          <div
            key={f.label}
            className={`px-5 py-3 ${f.strong ? 'col-span-full border-t border-base-300' : ''}`}
          >
            <dt className="text-sm text-base-content/60">{f.label}</dt>
            <dd className={`tabular text-lg ${f.strong ? 'font-bold' : 'font-semibold'}`}>
              <Money cents={f.cents} />
            </dd>
          </div>
        ))}
      </dl>
      <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="sale-items">
        <div className="card-body gap-3 p-4 sm:p-6">
          <h2 id="sale-items" className="card-title text-base">
            What it sold
          </h2>
          <ResponsiveTable
            caption="Parts sold"
            head={['Part', 'Cost when sold', '']}
            alignRight={['Cost when sold']}
          >
            {sale.items.map((item) => (
              <Row key={item.partId}>
                <Cell label="Part" className="font-medium">
                  <Link to={`/inventory/${item.partId}`} className="link-hover">
                    {item.name}
                  </Link>
                </Cell>
                <Cell label="Cost when sold" className="text-right">
                  <Money cents={item.costCents} />
                </Cell>
                <Cell label="">
                  {item.restocked && !voided ? <span className="badge badge-sm">Came back</span> : null}
                </Cell>
              </Row>
            ))}
          </ResponsiveTable>
        </div>
      </section>
      {sale.refunds.length > 0 && (
        <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="sale-refunds">
          <div className="card-body gap-3 p-4 sm:p-6">
            <h2 id="sale-refunds" className="card-title text-base">
              Refunds
            </h2>
            <ResponsiveTable
              caption="Refunds"
              head={['Date', 'Amount', 'Came back', 'Note']}
              alignRight={['Amount']}
            >
              {sale.refunds.map((r) => (
                <Row key={r.id}>
                  <Cell label="Date">{formatDay(r.refundedAt)}</Cell>
                  <Cell label="Amount" className="text-right">
                    <Money cents={r.amountCents} />
                  </Cell>
                  <Cell label="Came back">{r.restock ? 'Yes' : 'No'}</Cell>
                  <Cell label="Note">{r.note ?? ''}</Cell>
                </Row>
              ))}
            </ResponsiveTable>
          </div>
        </section>
      )}
      <SaleHistory saleId={sale.id} />
      <EditSaleDialog sale={dialog === 'edit' ? sale : null} onClose={close} />
      <RefundDialog sale={dialog === 'refund' ? sale : null} onClose={close} />
      <VoidSaleDialog sale={dialog === 'void' ? sale : null} onClose={close} />
    </>
  );
}

function SaleHistory({ saleId }: { saleId: number }) {
  const history = useQuery(saleQueries.history(saleId));
  return (
    <section className="card border border-base-300 bg-base-100" aria-labelledby="sale-history">
      <div className="card-body gap-3 p-4 sm:p-6">
        <h2 id="sale-history" className="card-title text-base">
          History
        </h2>
        {history.isPending ? (
          <SkeletonRows rows={2} label="Loading the history" />
        ) : history.isError ? (
          <ErrorState error={history.error} onRetry={() => void history.refetch()} />
        ) : (
          <HistoryTimeline items={history.data.items} actions={SALE_ACTIONS} />
        )}
      </div>
    </section>
  );
}
