import { formatDay } from '../../lib/format';

const tokens = new Intl.NumberFormat();

/** This month's assistant tokens against the plan's allowance, and when it starts again. */
export function TokenMeter({
  usage,
}: {
  usage: { usedTokens: number; limitTokens: number; resetsAt: string };
}) {
  const share = usage.limitTokens > 0 ? Math.min(100, (usage.usedTokens / usage.limitTokens) * 100) : 100;
  return (
    <div>
      <div className="mb-1 flex flex-wrap justify-between gap-2 text-sm">
        <span>Assistant tokens this month</span>
        <span className="tabular-nums" data-testid="token-usage">
          {tokens.format(usage.usedTokens)} of {tokens.format(usage.limitTokens)}
        </span>
      </div>
      <progress
        className={`progress w-full ${share >= 90 ? 'progress-warning' : 'progress-primary'}`}
        value={share}
        max={100}
        aria-label="Assistant tokens used this month"
      />
      <p className="mt-1 text-xs text-base-content/60">Resets on {formatDay(usage.resetsAt)}.</p>
    </div>
  );
}
