import { PLATFORM_LABELS, type Sale, type SaleTotals } from '@partwise/shared';
import { Link } from 'react-router';
import { Money } from '../../components/Money';
import { ActionsCell, Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { formatDay } from '../../lib/format';

const MONEY = ['Price', 'Fees', 'Shipping', 'COGS', 'Profit'];

export function SalesTable({
  items,
  totals,
  onRefund,
  showTotals = true,
}: {
  items: Sale[];
  totals: SaleTotals;
  onRefund: (sale: Sale) => void;
  /** Voided sales count in no total: their list has none. */
  showTotals?: boolean;
}) {
  return (
    <ResponsiveTable caption="Sales" head={['Date', 'Item', 'Platform', ...MONEY, '']} alignRight={MONEY}>
      {items.map((sale) => (
        <Row key={sale.id}>
          <Cell label="Date" className="whitespace-nowrap">
            {formatDay(sale.soldAt)}
          </Cell>
          <Cell label="Item">
            <Link to={`/sales/${sale.id}`} className="link link-hover font-medium break-words">
              {sale.itemName}
            </Link>
            {sale.voidedAt && <span className="badge badge-ghost badge-sm ml-2">Void</span>}
            {sale.refundedCents > 0 && (
              <span className="badge badge-warning badge-soft badge-sm ml-2 whitespace-nowrap">
                {sale.restocked ? 'Returned' : 'Refunded'} <Money cents={sale.refundedCents} />
              </span>
            )}
          </Cell>
          <Cell label="Platform">{PLATFORM_LABELS[sale.platform]}</Cell>
          <Cell label="Price" className="text-right">
            <Money cents={sale.priceCents} />
          </Cell>
          <Cell label="Fees" className="text-right">
            <Money cents={sale.feesCents} />
          </Cell>
          <Cell label="Shipping" className="text-right">
            <Money cents={sale.shippingCents} />
          </Cell>
          <Cell label="COGS" className="text-right">
            <Money cents={sale.cogsCents} />
          </Cell>
          <Cell label="Profit" className="text-right font-semibold">
            <Money cents={sale.profitCents} />
          </Cell>
          <ActionsCell>
            {!sale.voidedAt && sale.refundedCents < sale.priceCents && (
              <button
                type="button"
                className="btn btn-ghost btn-xs"
                aria-label={`Refund ${sale.itemName}`}
                onClick={() => onRefund(sale)}
              >
                Refund
              </button>
            )}
          </ActionsCell>
        </Row>
      ))}
      {showTotals && (
        <Row className="bg-base-200/60 font-semibold max-sm:bg-base-200">
          <Cell label="Total" className="max-sm:hidden">
            Total
          </Cell>
          <Cell label="Total">
            {totals.count} {totals.count === 1 ? 'sale' : 'sales'}
          </Cell>
          <Cell label="Refunded" className="max-sm:hidden">
            {totals.refundedCents > 0 && (
              <span className="text-sm font-normal">
                <Money cents={-totals.refundedCents} /> refunds
              </span>
            )}
          </Cell>
          <Cell label="Price" className="text-right">
            <Money cents={totals.priceCents} />
          </Cell>
          <Cell label="Fees" className="text-right">
            <Money cents={totals.feesCents} />
          </Cell>
          <Cell label="Shipping" className="text-right">
            <Money cents={totals.shippingCents} />
          </Cell>
          <Cell label="COGS" className="text-right">
            <Money cents={totals.cogsCents} />
          </Cell>
          <Cell label="Profit" className="text-right">
            <span data-testid="total-profit">
              <Money cents={totals.profitCents} />
            </span>
          </Cell>
          <td className="max-sm:hidden" />
        </Row>
      )}
    </ResponsiveTable>
  );
}
