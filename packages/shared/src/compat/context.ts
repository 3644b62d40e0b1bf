import type { Category } from '../parts/enums';
import type {
  CaseSpecs,
  CoolerSpecs,
  CpuSpecs,
  GpuSpecs,
  MemorySpecs,
  MotherboardSpecs,
  PsuSpecs,
  StorageSpecs,
} from '../parts/specs';
import {
  quantityOf,
  readBoard,
  readCase,
  readCooler,
  readCpu,
  readGpu,
  readMemory,
  readPsu,
  readStorage,
} from './read';
import { type RuleCode, ruleOf } from './rules';
import { specLabel } from './spec-labels';
import type { BuildItem, CompatFinding, ItemOf } from './types';

/** A part with its specs read (unknowns null, certain inferences filled) and its quantity. */
export interface Part<S> {
  id: string;
  name: string;
  quantity: number;
  specs: S;
}

/** The power supply in use: a PSU part, or the one included with the case. */
export interface PowerSupply extends Part<PsuSpecs> {
  includedWithCase: boolean;
}

/** The build as the rules see it: the first of each single part, all of the multiple ones. */
export interface Build {
  cpu: Part<CpuSpecs> | null;
  board: Part<MotherboardSpecs> | null;
  case: Part<CaseSpecs> | null;
  psu: PowerSupply | null;
  cooler: Part<CoolerSpecs> | null;
  gpus: Part<GpuSpecs>[];
  memory: Part<MemorySpecs>[];
  storage: Part<StorageSpecs>[];
  items: BuildItem[];
}

function parts<C extends Category, S>(items: BuildItem[], category: C, read: (item: ItemOf<C>) => S) {
  return items
    .filter((item): item is ItemOf<C> => item.category === category)
    .map((item) => ({ id: item.id, name: item.name, quantity: quantityOf(item), specs: read(item) }));
}

export function buildOf(items: BuildItem[]): Build {
  const pc = parts(items, 'case', readCase)[0] ?? null;
  const psu = parts(items, 'psu', readPsu)[0] ?? null;
  const included = pc?.specs.includedPsuW ?? null;
  return {
    cpu: parts(items, 'cpu', readCpu)[0] ?? null,
    board: parts(items, 'motherboard', readBoard)[0] ?? null,
    case: pc,
    psu: psu
      ? { ...psu, includedWithCase: false }
      : pc && included !== null && included > 0
        ? {
            id: pc.id,
            name: `${pc.name}'s included power supply`,
            quantity: 1,
            // The case was made for its own PSU, so its form factor fits by definition.
            specs: { wattageW: included, formFactor: null, efficiency: null, modular: null },
            includedWithCase: true,
          }
        : null,
    cooler: parts(items, 'cooler', readCooler)[0] ?? null,
    // Catalog card names often leave out the chip ("NVIDIA Founders Edition"): messages add it.
    gpus: parts(items, 'gpu', readGpu).map((gpu) => {
      const chip = gpu.specs.chipset;
      return chip && !gpu.name.toLowerCase().includes(chip.toLowerCase())
        ? { ...gpu, name: `${gpu.name} (${chip})` }
        : gpu;
    }),
    memory: parts(items, 'memory', readMemory),
    storage: parts(items, 'storage', readStorage),
    items,
  };
}

/** Collects findings; severity always comes from the RULES table. */
export class Findings {
  readonly list: CompatFinding[] = [];
  /** The UNVERIFIED finding for each set of unknowns: rules short of the same specs share one finding. */
  private readonly unknownSets = new Map<
    string,
    { finding: CompatFinding; titles: string[]; what: string }
  >();

  add(code: RuleCode, message: string, partIds: string[]): void {
    this.list.push({ code, severity: ruleOf(code).severity, message, partIds: unique(partIds) });
  }

  /** The rule could not run: names the rule and each unknown spec with the part it belongs to, in words. */
  unverified(rule: RuleCode, unknown: Array<{ part: { id: string; name: string }; spec: string }>): void {
    const pairs: Array<{ partId: string; spec: string }> = [];
    for (const { part, spec } of unknown) {
      if (!pairs.some((p) => p.partId === part.id && p.spec === spec)) pairs.push({ partId: part.id, spec });
    }
    const key = pairs
      .map((p) => `${p.partId} ${p.spec}`)
      .sort()
      .join(',');
    const title = ruleOf(rule).title;
    const known = this.unknownSets.get(key);
    if (known) {
      known.titles.push(title);
      known.finding.rules?.push(rule);
      known.finding.message = unverifiedMessage(known.titles, known.what);
      return;
    }
    const what = joinAnd(unique(unknown.map(({ part, spec }) => `${specLabel(spec)} of the ${part.name}`)));
    const finding: CompatFinding = {
      code: 'UNVERIFIED',
      severity: 'info',
      message: unverifiedMessage([title], what),
      partIds: unique(pairs.map((p) => p.partId)),
      rule,
      rules: [rule],
      missing: unique(pairs.map((p) => p.spec)),
      unknown: pairs,
    };
    this.unknownSets.set(key, { finding, titles: [title], what });
    this.list.push(finding);
  }
}

const unverifiedMessage = (titles: string[], what: string) =>
  `Could not check ${joinAnd(titles)}: unknown ${what}.`;

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "1 stick", "3 sticks". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "the Samsung 990 Pro" or "2 × Samsung 990 Pro". */
export function label(part: { name: string; quantity: number }): string {
  return part.quantity > 1 ? `${part.quantity} × ${part.name}` : `the ${part.name}`;
}

/** "an AM4", "an LGA1700", "a G34": socket names are read letter by letter. */
export function an(word: string): string {
  return `${/^[aefhilmnorsx]/i.test(word) ? 'an' : 'a'} ${word}`;
}
