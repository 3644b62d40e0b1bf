import type { BuildSummary } from '@partwise/shared';
import { Link } from 'react-router';
import { Money } from '../../components/Money';
import { Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { BuildStatusBadge, CompatBadge } from './badges';
import { ProfitText } from './ProfitText';

function PartsText({ build }: { build: BuildSummary }) {
  if (build.partCount === 0 && build.plannedCount === 0)
    return <span className="text-base-content/50">Empty</span>;
  return (
    <span className="tabular flex flex-col whitespace-nowrap max-sm:items-end">
      {build.partCount > 0 && <span>{build.partCount} owned</span>}
      {build.plannedCount > 0 && <span className="text-base-content/60">{build.plannedCount} to buy</span>}
    </span>
  );
}

/** A sold build's actual profit (from its sale), else the profit expected at its target price. */
function BuildProfit({ build }: { build: BuildSummary }) {
  if (build.sale)
    return (
      <Link to={`/sales/${build.sale.saleId}`} className="link-hover flex flex-col items-end">
        <ProfitText cents={build.sale.profitCents} />
        <span className="text-xs text-base-content/60">actual</span>
      </Link>
    );
  return (
    <span className="flex flex-col items-end">
      <ProfitText cents={build.money.expectedProfitCents} />
      {build.money.expectedProfitCents !== null && (
        <span className="text-xs text-base-content/60">expected</span>
      )}
    </span>
  );
}

/** Builds with their money and compatibility at a glance; cards on phones. */
export function BuildsTable({ builds }: { builds: BuildSummary[] }) {
  return (
    // Wide tables scroll inside the card rather than widening the page.
    <div className="overflow-x-auto max-sm:overflow-visible">
      <ResponsiveTable
        caption="Your builds"
        head={['Name', 'Status', 'Parts', 'Compatibility', 'Total cost', 'Target price', 'Profit']}
        alignRight={['Total cost', 'Target price', 'Profit']}
      >
        {builds.map((build) => (
          <Row key={build.id}>
            <td className="max-sm:block max-sm:px-1 max-sm:pt-0 max-sm:pb-2">
              <Link to={`/builds/${build.id}`} className="link-hover font-medium">
                {build.name}
              </Link>
              {build.notes && (
                <p className="max-w-56 truncate text-xs text-base-content/60" title={build.notes}>
                  {build.notes}
                </p>
              )}
            </td>
            <Cell label="Status">
              <BuildStatusBadge status={build.status} />
            </Cell>
            <Cell label="Parts">
              <PartsText build={build} />
            </Cell>
            <Cell label="Compatibility">
              <CompatBadge status={build.compatibility} complete={build.compatibilityComplete} />
            </Cell>
            <Cell label="Total cost" className="text-right">
              <Money cents={build.money.totalCostCents} />
            </Cell>
            <Cell label="Target price" className="text-right">
              {build.money.targetPriceCents === null ? (
                <span className="text-base-content/40">—</span>
              ) : (
                <Money cents={build.money.targetPriceCents} />
              )}
            </Cell>
            <Cell label="Profit" className="text-right">
              <BuildProfit build={build} />
            </Cell>
          </Row>
        ))}
      </ResponsiveTable>
    </div>
  );
}
