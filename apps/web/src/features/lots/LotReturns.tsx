import { type LotWithParts, PLATFORM_LABELS } from '@partwise/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Money } from '../../components/Money';
import { formatDay, formatPercent, formatSignedMoney } from '../../lib/format';

/** What the lot's parts have brought back so far, against its price, and the sales that brought it. */
export function LotReturns({ lot }: { lot: LotWithParts }) {
  const r = lot.returns;
  const share = r.returnBasisPoints;
  const names = new Map(lot.parts.map((p) => [p.id, p.name]));
  return (
    <section className="card mb-6 border border-base-300 bg-base-100" aria-labelledby="lot-returns">
      <div className="card-body gap-4 p-4 sm:p-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="lot-returns" className="card-title text-base">
              Brought back so far
            </h2>
            <p className="text-sm text-base-content/70">
              What its parts sold for, after fees, shipping and refunds (a build’s sale split by its parts’
              cost)
            </p>
          </div>
          <p className="text-right">
            <span className="text-2xl font-semibold" data-testid="lot-brought-back">
              <Money cents={r.broughtBackCents} />
            </span>
            <span className="block text-sm text-base-content/70">
              of <Money cents={r.paidCents} /> paid
              {share !== null && ` · ${formatPercent(Math.floor(share / 100) * 100)}`}
            </span>
          </p>
        </div>
        {share !== null && (
          <progress
            className={`progress w-full ${share >= 10_000 ? 'progress-success' : 'progress-primary'}`}
            value={Math.min(share, 10_000)}
            max={10_000}
            aria-label="Share of the price brought back"
          />
        )}
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Fact label="Return" testId="lot-return">
            <Signed cents={r.returnCents} />
          </Fact>
          <Fact label="Profit on parts sold" testId="lot-profit">
            <Signed cents={r.profitSoFarCents} />
          </Fact>
          <Fact label="Parts sold">
            {r.soldPartCount} of {r.soldPartCount + r.unsoldPartCount}
          </Fact>
          <Fact label="Still held, at cost">
            <Money cents={r.unsoldCostCents} />
          </Fact>
        </dl>
        {r.sales.length > 0 && (
          <ul
            className="divide-y divide-base-300 rounded-box border border-base-300 text-sm"
            aria-label="Sales of its parts"
          >
            {r.sales.map((s) => (
              <li
                key={s.saleId}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2"
              >
                <span className="min-w-0">
                  <span className="font-medium">{s.itemName}</span>
                  <span className="text-base-content/60">
                    {' · '}
                    {formatDay(s.soldAt)} · {PLATFORM_LABELS[s.platform]}
                    {s.refundedCents > 0 && (
                      <>
                        {' · refunded '}
                        <Money cents={s.refundedCents} />
                        {s.restocked && ', returned to stock'}
                      </>
                    )}
                  </span>
                  {s.partIds.length > 1 || s.itemName !== names.get(s.partIds[0] ?? 0) ? (
                    <span className="block text-xs text-base-content/60">
                      Its parts from this lot:{' '}
                      {s.partIds.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ', '}
                          <Link to={`/inventory/${id}`} className="link-hover">
                            {names.get(id) ?? `#${id}`}
                          </Link>
                        </span>
                      ))}
                    </span>
                  ) : null}
                </span>
                <Money cents={s.broughtBackCents} className="font-medium" />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** A gain in green with its sign, a loss in red. */
function Signed({ cents }: { cents: number }) {
  return (
    <span className={`tabular ${cents > 0 ? 'text-success' : cents < 0 ? 'text-error' : ''}`}>
      {formatSignedMoney(cents)}
    </span>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-sm text-base-content/60">{label}</dt>
      <dd className="tabular text-lg font-semibold" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
