import type { Category } from '@partwise/shared';

// The words people type for specs that a catalog name does not spell out: "16gb ddr4 3200 cl16",
// "1tb nvme", "650w gold", "240mm aio". They are written the way normalizeText writes a query.

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** "16gb"; storage sizes of whole terabytes also as "1tb", binary ones too (2048 GB is sold as 2 TB). */
function sizeWords(gb: number | null, withTerabytes: boolean): string[] {
  if (gb === null || !Number.isInteger(gb) || gb <= 0) return [];
  const out = [`${gb}gb`];
  if (withTerabytes && gb >= 1000 && gb % 500 === 0) out.push(`${gb / 1000}tb`);
  else if (withTerabytes && gb >= 1024 && gb % 1024 === 0) out.push(`${gb / 1024}tb`);
  return out;
}

/** Board and case sizes as people write them: "Micro ATX" → matx, micro-atx; "Mini ITX" → itx. */
function formFactorWords(formFactor: string): string[] {
  const lower = formFactor.toLowerCase();
  if (/micro\s?atx/.test(lower)) return ['matx', 'micro-atx', 'microatx', 'm-atx'];
  if (/mini\s?itx/.test(lower)) return ['itx', 'mini-itx', 'miniitx'];
  if (lower === 'eatx') return ['eatx', 'e-atx'];
  return [lower];
}

function memory(s: Record<string, unknown>): string[] {
  const type = text(s.memoryType)?.toLowerCase();
  const speed = num(s.speedMts);
  const modules = num(s.modules);
  const moduleGb = num(s.moduleGb);
  const cas = num(s.casLatency);
  return [
    'ram',
    'memory',
    ...(type ? [type] : []),
    ...(speed ? [`${speed}`] : []),
    ...sizeWords(num(s.totalGb), false),
    ...(modules && moduleGb ? [`${modules}x${moduleGb}gb`] : []),
    ...(cas ? [`cl${cas}`, `c${cas}`] : []),
  ];
}

function storage(s: Record<string, unknown>): string[] {
  const gb = num(s.capacityGb);
  const kind = text(s.kind);
  const bus = text(s.bus);
  const formFactor = text(s.formFactor)?.toLowerCase() ?? '';
  return [
    'drive',
    ...(gb !== null && Number.isInteger(gb) ? [`${gb}`] : []),
    ...sizeWords(gb, true),
    ...(kind ? [kind] : []),
    ...(kind === 'hdd' ? ['hard'] : []),
    ...(bus === 'pcie_aic' ? ['pcie'] : bus ? [bus] : []),
    ...(formFactor.startsWith('m.2') ? ['m.2', 'm2', formFactor.slice(4)] : []),
    ...(formFactor === '2.5' || formFactor === '3.5' ? [formFactor] : []),
    ...(formFactor === 'msata' ? ['msata'] : []),
  ];
}

const MODULAR: Record<string, string[]> = {
  full: ['modular', 'fully-modular'],
  semi: ['semi-modular'],
  none: ['non-modular'],
};

function psu(s: Record<string, unknown>): string[] {
  const watts = num(s.wattageW);
  const efficiency = text(s.efficiency);
  const formFactor = text(s.formFactor)?.toLowerCase();
  return [
    'psu',
    'power',
    'supply',
    ...(watts ? [`${watts}w`, `${watts}`] : []),
    ...(efficiency ? ['80+', ...(efficiency === 'plus' ? [] : [efficiency])] : []),
    ...(MODULAR[text(s.modular) ?? ''] ?? []),
    ...(formFactor ? [formFactor] : []),
  ];
}

function gpu(s: Record<string, unknown>): string[] {
  const vram = num(s.vramGb);
  return ['gpu', 'graphics', 'card', 'video', ...sizeWords(vram, false)];
}

function motherboard(s: Record<string, unknown>): string[] {
  const formFactor = text(s.formFactor);
  const memoryType = text(s.memoryType)?.toLowerCase();
  return [
    'motherboard',
    'mobo',
    ...(formFactor ? formFactorWords(formFactor) : []),
    ...(memoryType ? [memoryType] : []),
  ];
}

function pcCase(s: Record<string, unknown>): string[] {
  const type = text(s.type)?.toLowerCase();
  if (!type) return ['case'];
  const size = type.startsWith('microatx')
    ? formFactorWords('Micro ATX')
    : type.startsWith('mini itx')
      ? formFactorWords('Mini ITX')
      : [];
  return ['case', ...size, ...type.split(' ')];
}

function cooler(s: Record<string, unknown>): string[] {
  const radiator = num(s.radiatorMm);
  return ['cooler', ...(radiator ? [`${radiator}mm`, `${radiator}`, 'aio', 'liquid'] : [])];
}

const WORDS: Record<Category, (s: Record<string, unknown>) => string[]> = {
  cpu: () => ['cpu', 'processor'],
  gpu,
  motherboard,
  memory,
  storage,
  psu,
  case: pcCase,
  cooler,
  other: () => [],
};

/** The words of a part's specs that a search should find it by. */
export function specWords(category: Category, specs: Record<string, unknown>): string[] {
  return WORDS[category](specs);
}
