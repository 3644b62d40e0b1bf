import {
  CATEGORY_LABELS,
  type Confidence,
  type DealAssistantSkip,
  type DealCheck,
  type DealVerdict,
} from '@partwise/shared';
import { Money } from '../../components/Money';
import { Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { formatMoney } from '../../lib/format';
import { BuyDeal } from './BuyDeal';

const VERDICT: Record<DealVerdict, { title: string; tone: string }> = {
  buy: { title: 'Buy it: the price leaves your margin', tone: 'alert-success' },
  negotiate: { title: 'Negotiate: profitable, but under your margin', tone: 'alert-warning' },
  pass: { title: 'Pass: at this price it loses money', tone: 'alert-error' },
  unknown: { title: 'No asking price: here is the most to pay', tone: 'alert-info' },
};

const CONFIDENCE_BADGE: Record<Confidence, string> = {
  high: 'badge-success',
  medium: 'badge-warning',
  low: 'badge-ghost',
};

const BASIS_TEXT: Record<string, string> = {
  expected: 'your price',
  comps_same_part: 'your sales of this part',
  comps_same_model: 'your sales of this model',
  reference: 'catalog price, depreciated',
  cost: 'no estimate',
};

/** Why the assistant did not read the listing, when its own message says it better left out. */
const SKIPPED: Partial<Record<DealAssistantSkip, string>> = {
  off: 'Read by the parser only, as you asked.',
  not_configured: 'Read by the parser only: no assistant is configured on this server.',
  nothing_to_improve:
    'Read by the parser only: every part was a sure match, nothing for the assistant to improve.',
};

/** One quiet line on how the listing was read: with the assistant (and what it left out), or why without. */
function ReadBy({ deal }: { deal: DealCheck }) {
  const a = deal.assistant;
  if (!a) return null;
  if (!a.used)
    return (
      <p className="text-sm text-base-content/60" data-testid="deal-read-by">
        {SKIPPED[a.reason] ?? `Read by the parser only. ${a.message}`}
      </p>
    );
  const found = deal.items.filter((i) => i.origin === 'assistant').length;
  const tokens = (a.usage.inputTokens + a.usage.outputTokens).toLocaleString();
  return (
    <div className="text-sm text-base-content/60" data-testid="deal-read-by">
      <p>
        Read by the parser and the assistant:{' '}
        {found === 0 ? 'it found nothing to add' : `${found} ${found === 1 ? 'part' : 'parts'} from it`} ·{' '}
        {tokens} tokens.
      </p>
      {a.ignored.length > 0 && (
        <details className="mt-1">
          <summary className="cursor-pointer">Left out of its reading ({a.ignored.length})</summary>
          <ul className="list-disc pl-5">
            {a.ignored.map((i, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a saved check never changes, and two may be alike
              <li key={index}>
                {i.name}: {i.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm text-base-content/60">{label}</dt>
      <dd className="text-lg font-semibold">{children}</dd>
    </div>
  );
}

/** A deal check's answer: the verdict, the money, each part with its match and value, and any problem. */
export function DealResult({ deal }: { deal: DealCheck }) {
  const verdict = VERDICT[deal.verdict];
  return (
    <section className="flex flex-col gap-4" aria-label="Deal verdict">
      <div role="status" className={`alert alert-soft ${verdict.tone} flex flex-wrap`}>
        <span className="font-semibold">{verdict.title}</span>
        <span>
          Pay at most <strong>{formatMoney(deal.maxPriceCents)}</strong> for a {deal.targetMarginPercent} %
          margin.
        </span>
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Figure label="Asking">
          {deal.askingPriceCents === null ? '—' : <Money cents={deal.askingPriceCents} />}
        </Figure>
        <Figure label={deal.wholeMachine ? 'Sells whole for' : 'Sells parted out for'}>
          <Money cents={deal.saleCents} />
        </Figure>
        <Figure label="Fees and shipping">
          <Money cents={deal.feesCents + deal.shippingCents} />
        </Figure>
        <Figure label="Expected profit">
          {deal.expectedProfitCents === null ? '—' : <Money cents={deal.expectedProfitCents} />}
        </Figure>
      </dl>
      {deal.wholeMachine && (
        <p className="text-sm text-base-content/70">
          Parted out: <Money cents={deal.partOutCents} /> · whole-PC factor {deal.wholePcFactor.toFixed(2)}
        </p>
      )}
      {deal.items.length > 0 ? (
        <ResponsiveTable
          caption="Parts found"
          head={['Part', 'Catalog match', 'Value']}
          alignRight={['Value']}
        >
          {deal.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a saved check's items never change, and two may be alike
            <Row key={index}>
              <Cell label="Part" className="font-medium">
                {item.origin === 'assistant' ? (
                  <span>
                    {item.name}{' '}
                    <span
                      className="badge badge-sm badge-soft badge-info align-middle font-normal"
                      title="Added by the assistant, or matched better than the parser did"
                    >
                      assistant
                    </span>
                  </span>
                ) : (
                  item.name
                )}
                <span className="block text-xs font-normal text-base-content/60">
                  {CATEGORY_LABELS[item.category]}
                </span>
              </Cell>
              <Cell label="Catalog match">
                {item.catalogName ?? <span className="text-base-content/60">Not in the catalog</span>}{' '}
                <span className={`badge badge-sm badge-soft ${CONFIDENCE_BADGE[item.matchConfidence]}`}>
                  {item.matchConfidence}
                </span>
              </Cell>
              <Cell label="Value" className="text-right">
                <Money cents={item.valueCents} />
                <span className="block text-xs text-base-content/60">{BASIS_TEXT[item.basis]}</span>
              </Cell>
            </Row>
          ))}
        </ResponsiveTable>
      ) : (
        <p className="text-sm">No parts were recognised in this text.</p>
      )}
      {deal.unmatched.length > 0 && (
        <p className="text-sm text-base-content/70">Words not understood: {deal.unmatched.join(', ')}</p>
      )}
      <ReadBy deal={deal} />
      {deal.compatibility && deal.compatibility.findings.length > 0 && (
        <div className="rounded-box border border-warning/40 bg-warning/10 p-3 text-sm">
          <p className="font-semibold">This machine, as listed, has problems:</p>
          <ul className="list-disc pl-5">
            {deal.compatibility.findings.map((f) => (
              <li key={`${f.code}-${f.message}`}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      {deal.lotId === null && deal.items.length > 0 && <BuyDeal deal={deal} />}
    </section>
  );
}
