import type { BuildOption, BuildSuggestion, SuggestedItem } from '@partwise/shared';
import { Money } from '../../components/Money';
import { formatMoney } from '../../lib/format';
import { CompatBadge } from './badges';
import { ProfitText } from './ProfitText';

const USE_CASE_LABELS = {
  gaming: 'gaming',
  office: 'office (CPU graphics allowed)',
  workstation: 'workstation',
};

/** The structured request the search ran on, in words: what the user checks before accepting. */
export function ReadBack({ suggestion }: { suggestion: BuildSuggestion }) {
  const r = suggestion.request;
  const said = [
    r.targetPriceCents !== undefined && `sell for about ${formatMoney(r.targetPriceCents)}`,
    r.budgetCents !== undefined && `parts up to ${formatMoney(r.budgetCents)}`,
    r.useCase && USE_CASE_LABELS[r.useCase],
    r.mustInclude?.length && `${r.mustInclude.length} of your parts must be in`,
    r.allowPurchases
      ? `may buy parts${r.purchaseBudgetCents !== undefined ? ` up to ${formatMoney(r.purchaseBudgetCents)}` : ''}`
      : 'parts in stock only',
  ].filter(Boolean);
  const by = {
    model: 'Read by the assistant',
    rules: 'Read by fixed rules (no assistant model)',
    none: 'Searched',
  };
  return (
    <p className="text-sm text-base-content/70">
      {by[suggestion.readBy]}: {said.join(' · ')}.
    </p>
  );
}

function ItemList({ title, items }: { title: string; items: SuggestedItem[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-base-content/60">
        {title} ({items.length})
      </h4>
      <ul className="mt-1 flex flex-col gap-0.5 text-sm">
        {items.map((item) => (
          <li key={`${item.partId ?? item.catalogPartId}`} className="flex justify-between gap-2">
            <span className="min-w-0 truncate" title={item.name}>
              {item.name}
            </span>
            <Money cents={item.costCents} className="text-base-content/70" />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One option as a card: profit first, then what comes from stock, what must be bought, and the check. */
function OptionCard({
  option,
  onAccept,
  busy,
}: {
  option: BuildOption;
  onAccept: () => void;
  busy: boolean;
}) {
  const fromStock = option.items.filter((i) => i.partId !== undefined);
  const toBuy = option.items.filter((i) => i.partId === undefined);
  const notes = option.compatibility.findings.filter((f) => f.severity !== 'info');
  return (
    <article
      className="card w-64 shrink-0 snap-start border border-base-300 bg-base-100 sm:w-72"
      aria-label={`Option ${option.rank}`}
    >
      <div className="card-body gap-3 p-4">
        <div className="flex items-center justify-between gap-2">
          <span className="badge badge-neutral badge-sm">Option {option.rank}</span>
          <CompatBadge status={option.compatibility.status} complete={option.compatibility.complete} />
        </div>
        <div>
          <p className="text-xs text-base-content/60">Expected profit</p>
          <ProfitText cents={option.expectedProfitCents} className="text-2xl" />
          <p className="text-xs text-base-content/60">
            worth <Money cents={option.expectedValueCents} />, costs <Money cents={option.costCents} />
            {option.purchaseCents > 0 && (
              <>
                {' '}
                (<Money cents={option.purchaseCents} /> to buy)
              </>
            )}
          </p>
        </div>
        <ItemList title="From stock" items={fromStock} />
        <ItemList title="To buy" items={toBuy} />
        {notes.length > 0 && (
          <ul className="list-disc pl-4 text-xs text-base-content/70">
            {notes.map((f) => (
              <li key={`${f.code}-${f.partIds.join()}`}>{f.message}</li>
            ))}
          </ul>
        )}
        {option.rationale && <p className="text-sm italic text-base-content/80">{option.rationale}</p>}
        <button type="button" className="btn btn-primary btn-sm mt-auto" onClick={onAccept} disabled={busy}>
          Build option {option.rank}
        </button>
      </div>
    </article>
  );
}

/** The options side by side (scrolling sideways on a narrow screen), best first. */
export function SuggestionOptions({
  options,
  onAccept,
  busy,
}: {
  options: BuildOption[];
  onAccept: (rank: number) => void;
  busy: boolean;
}) {
  return (
    <div className="-mx-1 flex snap-x gap-3 overflow-x-auto px-1 pb-2">
      {options.map((option) => (
        <OptionCard key={option.rank} option={option} onAccept={() => onAccept(option.rank)} busy={busy} />
      ))}
    </div>
  );
}
