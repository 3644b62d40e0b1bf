import { EXPENSE_CATEGORY_LABELS, type TaxYearReport } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useSearchParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { formatDay } from '../../lib/format';
import { useToday } from '../account/time-zone';
import { defaultTaxYear, reportQueries, taxYearCsvUrl, taxYears } from './queries';

/** A year's figures for a tax preparer, each with how it was computed: a record, not advice. */
export function ReportsPage() {
  const today = useToday();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const years = taxYears(today);
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : defaultTaxYear(today);
  const report = useQuery(reportQueries.taxYear(year));
  return (
    <>
      <PageHeader
        title="Reports"
        description="Your year in the form a tax preparer asks for, with how each figure was counted."
      />
      <div className="mb-6 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm" htmlFor={`${id}-year`}>
          <span className="text-base-content/70">Tax year</span>
          <select
            id={`${id}-year`}
            className="select select-sm w-32"
            value={year}
            onChange={(e) => setParams({ year: e.target.value }, { replace: true })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <a href={taxYearCsvUrl(year)} download className="btn btn-sm">
          <Icon name="download" className="size-4" />
          Every sale of {year} (CSV)
        </a>
      </div>
      {report.isPending ? (
        <SkeletonRows rows={8} label="Loading the report" />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <TaxReport report={report.data} />
      )}
    </>
  );
}

interface Figure {
  cents: number;
  how: string;
}

function Line({
  label,
  figure,
  strong,
  sign = 1,
}: {
  label: string;
  figure: Figure;
  strong?: boolean;
  sign?: 1 | -1;
}) {
  const rule = strong ? 'border-t border-base-300 pt-2 font-semibold' : '';
  return (
    <>
      <dt className={rule}>
        {label}
        <span className="block text-xs font-normal text-base-content/60">{figure.how}</span>
      </dt>
      <dd className={`text-right ${rule}`}>
        <Money cents={sign * figure.cents || 0} />
      </dd>
    </>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="card border border-base-300 bg-base-100">
      <div className="card-body gap-3 max-sm:p-4">
        <h2 className="card-title text-base">{title}</h2>
        {children}
      </div>
    </section>
  );
}

const list = 'grid grid-cols-[1fr_auto] gap-x-6 gap-y-3';

function TaxReport({ report }: { report: TaxYearReport }) {
  const cogs = report.costOfGoodsSold;
  return (
    <div className="grid max-w-5xl items-start gap-6 lg:grid-cols-2">
      <Card title={`Profit, ${formatDay(report.from)} – ${formatDay(report.to)}`}>
        <p className="text-sm text-base-content/60">
          {report.salesCount} {report.salesCount === 1 ? 'sale' : 'sales'}; amounts taken away are shown
          negative.
        </p>
        <dl className={list}>
          <Line label="Gross receipts" figure={report.grossReceipts} />
          <Line label="Returns and refunds" figure={report.returnsAndRefunds} sign={-1} />
          <Line label="Platform fees" figure={report.fees} sign={-1} />
          <Line label="Shipping" figure={report.shipping} sign={-1} />
          <Line label="Cost of goods sold" figure={cogs.perSale.net} sign={-1} />
          <Line label="Gross profit" figure={report.grossProfit} strong />
          <Line label="Expenses" figure={report.expenses.total} sign={-1} />
          <Line label="Net profit" figure={report.netProfit} strong />
        </dl>
      </Card>
      <Card title="Cost of goods sold, two ways">
        <h3 className="text-sm font-semibold">By inventory</h3>
        <dl className={list}>
          <Line label="Stock at cost on January 1" figure={cogs.inventoryMethod.openingStock} />
          <Line label="Purchases in the year" figure={cogs.inventoryMethod.purchases} />
          <Line label="Stock at cost on December 31" figure={cogs.inventoryMethod.closingStock} sign={-1} />
          <Line label="Cost of goods sold" figure={cogs.inventoryMethod.cogs} strong />
        </dl>
        <h3 className="mt-2 text-sm font-semibold">Sale by sale</h3>
        <dl className={list}>
          <Line label="Cost of the items sold" figure={cogs.perSale.cogs} />
          <Line label="Cost of items returned to stock" figure={cogs.perSale.returned} sign={-1} />
          <Line label="Cost of goods sold" figure={cogs.perSale.net} strong />
        </dl>
        <dl className={`${list} mt-2`}>
          <Line label="Difference" figure={cogs.difference} strong />
        </dl>
        {cogs.explained.length > 0 && (
          <ul className="flex flex-col gap-2 text-sm">
            {cogs.explained.map((item) => (
              <li key={item.reason} className="flex justify-between gap-4">
                <span className="text-base-content/70">{item.reason}</span>
                <Money cents={item.cents} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Expenses by category">
        {report.expenses.byCategory.length === 0 ? (
          <p className="text-sm text-base-content/70">No expenses recorded in {report.year}.</p>
        ) : (
          <dl className={list}>
            {report.expenses.byCategory.map((e) => (
              <div key={e.category} className="contents">
                <dt>{EXPENSE_CATEGORY_LABELS[e.category]}</dt>
                <dd className="text-right">
                  <Money cents={e.cents} />
                </dd>
              </div>
            ))}
            <Line label="Total" figure={report.expenses.total} strong />
          </dl>
        )}
      </Card>
      <div role="note" className="alert alert-info alert-soft items-start self-start text-sm">
        <Icon name="info" className="size-5 shrink-0" />
        <p>{report.note}</p>
      </div>
    </div>
  );
}
