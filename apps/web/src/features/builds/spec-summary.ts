import type { Category } from '@partwise/shared';

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const withUnit = (v: unknown, unit: string) => {
  const n = num(v);
  return n === null ? null : `${n} ${unit}`;
};

function size(gb: unknown): string | null {
  const n = num(gb);
  if (n === null) return null;
  return n >= 1000 ? `${n / 1000} TB` : `${n} GB`;
}

function efficiency(v: unknown): string | null {
  const rating = text(v);
  if (!rating) return null;
  return rating === 'plus' ? '80+' : `80+ ${rating[0]?.toUpperCase()}${rating.slice(1)}`;
}

function memory(s: Record<string, unknown>): (string | null)[] {
  const type = text(s.memoryType);
  const speed = num(s.speedMts);
  const modules = num(s.modules);
  const moduleGb = num(s.moduleGb);
  return [
    type && speed ? `${type}-${speed}` : type,
    modules && moduleGb ? `${modules} × ${moduleGb} GB` : size(s.totalGb),
  ];
}

const SUMMARY: Record<Category, (s: Record<string, unknown>) => (string | null)[]> = {
  cpu: (s) => [
    text(s.socket),
    withUnit(s.cores, 'cores'),
    withUnit(s.tdpW, 'W'),
    s.integratedGraphics === true
      ? 'integrated graphics'
      : s.integratedGraphics === false
        ? 'no graphics'
        : null,
  ],
  motherboard: (s) => [text(s.socket), text(s.chipset), text(s.formFactor), text(s.memoryType)],
  memory,
  storage: (s) => [size(s.capacityGb), text(s.kind)?.toUpperCase() ?? null, text(s.formFactor)],
  gpu: (s) => [text(s.chipset), withUnit(s.vramGb, 'GB'), withUnit(s.lengthMm, 'mm')],
  psu: (s) => [withUnit(s.wattageW, 'W'), efficiency(s.efficiency), text(s.formFactor)],
  case: (s) => [
    text(s.type),
    Array.isArray(s.boardFormFactors) ? s.boardFormFactors.join('/') : null,
    num(s.maxGpuLengthMm) === null ? null : `GPU ≤ ${s.maxGpuLengthMm} mm`,
  ],
  cooler: (s) => [
    s.liquid === true ? `${num(s.radiatorMm) ?? ''} mm liquid`.trim() : s.liquid === false ? 'Air' : null,
    withUnit(s.heightMm, 'mm tall'),
    num(s.ratedTdpW) === null ? null : `rated ${s.ratedTdpW} W`,
  ],
  other: () => [],
};

/** The few specs a flipper compares parts by, in one line: "AM4 · 6 cores · 65 W". */
export function specSummary(category: Category, specs: Record<string, unknown>): string {
  return SUMMARY[category](specs)
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}
