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
  const cas = num(s.casLatency);
  return [
    size(s.totalGb),
    type && speed ? `${type}-${speed}` : type,
    cas === null ? null : `CL${cas}`,
    modules && moduleGb ? `${modules} × ${moduleGb} GB` : null,
  ];
}

const MODULAR_LABELS: Record<string, string> = {
  full: 'fully modular',
  semi: 'semi-modular',
  none: 'non-modular',
};

const BUS_LABELS: Record<string, string> = {
  nvme: 'NVMe',
  sata: 'SATA',
  sas: 'SAS',
  pata: 'IDE',
  pcie_aic: 'PCIe card',
};

function storage(s: Record<string, unknown>): (string | null)[] {
  const bus = text(s.bus);
  const kind = text(s.kind)?.toUpperCase() ?? null;
  return [
    size(s.capacityGb),
    [bus ? (BUS_LABELS[bus] ?? bus) : null, kind].filter(Boolean).join(' ') || null,
    text(s.formFactor),
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
  storage,
  gpu: (s) => [text(s.chipset), withUnit(s.vramGb, 'GB'), withUnit(s.lengthMm, 'mm')],
  psu: (s) => [
    withUnit(s.wattageW, 'W'),
    efficiency(s.efficiency),
    MODULAR_LABELS[text(s.modular) ?? ''] ?? null,
    text(s.formFactor),
  ],
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

/**
 * The few specs a flipper compares parts by, in one line: "AM4 · 6 cores · 65 W", "16 GB · DDR4-3200 ·
 * CL16 · 2 × 8 GB". They also tell apart catalog parts of one name (a kit's size, speed and latency).
 */
export function specSummary(category: Category, specs: Record<string, unknown>): string {
  return SUMMARY[category](specs)
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}
