/**
 * A small line of values, drawn as SVG (the dashboard is the first page: no chart library here). The
 * zero line shows where profit turns into loss.
 */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const width = 240;
  const height = 56;
  if (values.length < 2) return null;
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const span = max - min || 1;
  const x = (i: number) => (i / (values.length - 1)) * width;
  const y = (v: number) => height - 2 - ((v - min) / span) * (height - 4);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values[values.length - 1] ?? 0;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      className={`h-14 w-full ${last < 0 ? 'text-error' : 'text-primary'}`}
      role="img"
      aria-label={label}
    >
      <line x1="0" x2={width} y1={y(0)} y2={y(0)} className="stroke-base-content/20" strokeDasharray="3 3" />
      <polyline
        points={points}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
