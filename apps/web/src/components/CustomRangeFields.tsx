/** The From and To dates of a custom range; each change sets one end (`{ from }` or `{ to }`). */
export function CustomRangeFields({
  from,
  to,
  onChange,
}: {
  from: string;
  to: string;
  onChange: (end: { from: string } | { to: string }) => void;
}) {
  return (
    <>
      <label className="flex flex-col gap-1 text-sm">
        <span className="text-base-content/70">From</span>
        <input
          type="date"
          className="input input-sm w-40"
          value={from}
          onChange={(e) => onChange({ from: e.target.value })}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="text-base-content/70">To</span>
        <input
          type="date"
          className="input input-sm w-40"
          value={to}
          onChange={(e) => onChange({ to: e.target.value })}
        />
      </label>
    </>
  );
}
