import type { Category } from '../parts/enums';

/** What a part is, for finding comparable sales: its category, name and specs. */
export interface Identity {
  category: Category;
  name: string;
  specs: Record<string, unknown>;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? words(value) : null);

/** "RTX 3070 Ti", "RX 6700 XT", "GTX 1080": a GPU chip in a name or chipset, as words. */
export function gpuChip(text: string): string | null {
  const t = words(text).replace(/(\d)(ti|super|xtx|xt)\b/g, '$1 $2');
  const m =
    /\b(rtx|gtx|gt|rx|arc)\s?([a-z]?\d{3,4})(?:\s(ti super|ti|super|xtx|xt|gre))?\b/.exec(t) ??
    /\b(radeon)\s?(vii)\b/.exec(t);
  if (!m) return null;
  return [m[1], m[2], m[3]].filter(Boolean).join(' ');
}

/** "i7-8700K" → "i7 8700k", "Ryzen 5 5600X" → "5600x", "Core Ultra 7 265K" → "ultra 265k". */
export function cpuModel(text: string): string | null {
  const t = words(text);
  const intel = /\bi([3579])\s?(\d{4,5}[a-z]{0,2})\b/.exec(t);
  if (intel) return `i${intel[1]} ${intel[2]}`;
  const ultra = /\bultra\s?[3579]\s?(\d{3}[a-z]{0,2})\b/.exec(t);
  if (ultra) return `ultra ${ultra[1]}`;
  const ryzen = /\bryzen\s?(?:[3579]|threadripper)?\s?(\d{4}[a-z0-9]{0,3})\b/.exec(t);
  if (ryzen) return ryzen[1] ?? null;
  const xeon = /\b(e[35]\s?\d{4}\s?v\d|[ewx]\s?\d{4,5}[a-z]?)\b/.exec(t);
  if (xeon && /xeon/.test(t)) return `xeon ${xeon[1]}`;
  return null;
}

/** Storage capacity to the nearest common size (a "1TB" drive says 1000 GB or 1024 GB). */
function capacityTier(gb: number): string {
  const tiers = [120, 128, 240, 250, 256, 480, 500, 512, 960, 1000, 2000, 4000, 8000, 16000];
  const nearest = tiers.reduce(
    (best, t) => (Math.abs(t - gb) < Math.abs(best - gb) ? t : best),
    tiers[0] ?? gb,
  );
  const size = Math.abs(nearest - gb) / gb < 0.1 ? nearest : gb;
  // 480/500/512 and 960/1000/1024 sell alike.
  if (size >= 450 && size <= 530) return '512';
  if (size >= 900 && size <= 1100) return '1000';
  if (size >= 230 && size <= 260) return '256';
  if (size >= 115 && size <= 130) return '128';
  return String(Math.round(size));
}

/**
 * The model family a part sells as, whatever the brand: "gpu:rtx 3070", "cpu:5600x", "memory:ddr4:32:3600",
 * "storage:ssd:nvme:1000", "psu:850:gold", "motherboard:b550". Null when the specs and name do not say.
 */
export function familyKey({ category, name, specs }: Identity): string | null {
  switch (category) {
    case 'gpu': {
      const chip = gpuChip(`${str(specs.chipset) ?? ''} ${name}`);
      return chip ? `gpu:${chip}` : null;
    }
    case 'cpu': {
      const model = cpuModel(name);
      return model ? `cpu:${model}` : null;
    }
    case 'memory': {
      const type = str(specs.memoryType);
      const total = num(specs.totalGb);
      if (!type || total === null) return null;
      const speed = num(specs.speedMts);
      return `memory:${type}:${total}${speed === null ? '' : `:${speed}`}`;
    }
    case 'storage': {
      const capacity = num(specs.capacityGb);
      if (capacity === null || capacity <= 0) return null;
      const kind = str(specs.kind) ?? 'ssd';
      const bus = str(specs.bus) ?? (kind === 'hdd' ? 'sata' : '');
      return `storage:${kind}:${bus}:${capacityTier(capacity)}`;
    }
    case 'psu': {
      const watts = num(specs.wattageW);
      if (watts === null) return null;
      return `psu:${watts}:${str(specs.efficiency) ?? 'unrated'}`;
    }
    case 'motherboard': {
      const chipset = str(specs.chipset) ?? /\b([abhxzq]\d{2,3}[a-z]?)\b/.exec(words(name))?.[1];
      return chipset ? `motherboard:${chipset.replace(/^(amd|intel)\s/, '')}` : null;
    }
    default: {
      const w = words(name);
      return w ? `${category}:${w}` : null;
    }
  }
}
