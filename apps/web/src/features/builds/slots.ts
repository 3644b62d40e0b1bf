import type { Build, Category, Part, PlannedItem } from '@partwise/shared';
import { partItemId, plannedItemId } from './build-items';

export interface Slot {
  category: Category;
  label: string;
  /** The label inside a sentence: "No graphics card in stock". */
  noun: string;
  /** One of them, with its article: "a graphics card", "memory", "a part of another kind". */
  aNoun: string;
  /** Memory kits, drives and graphics cards: a build may take several. */
  multiple: boolean;
  /** What goes here, for an empty slot. */
  hint: string;
}

/** The slots of a build, in the order a PC is put together (PCPartPicker's order). */
export const SLOTS: readonly Slot[] = [
  {
    category: 'cpu',
    label: 'CPU',
    noun: 'CPU',
    aNoun: 'a CPU',
    multiple: false,
    hint: 'The processor; it decides the socket.',
  },
  {
    category: 'cooler',
    label: 'CPU cooler',
    noun: 'CPU cooler',
    aNoun: 'a CPU cooler',
    multiple: false,
    hint: 'Optional if the CPU came with one.',
  },
  {
    category: 'motherboard',
    label: 'Motherboard',
    noun: 'motherboard',
    aNoun: 'a motherboard',
    multiple: false,
    hint: 'Must match the CPU socket.',
  },
  {
    category: 'memory',
    label: 'Memory',
    noun: 'memory',
    aNoun: 'memory',
    multiple: true,
    hint: 'One or more kits of the board’s DDR type.',
  },
  {
    category: 'storage',
    label: 'Storage',
    noun: 'storage drive',
    aNoun: 'a storage drive',
    multiple: true,
    hint: 'At least one drive.',
  },
  {
    category: 'gpu',
    label: 'Graphics card',
    noun: 'graphics card',
    aNoun: 'a graphics card',
    multiple: true,
    hint: 'Needed unless the CPU has integrated graphics.',
  },
  {
    category: 'case',
    label: 'Case',
    noun: 'case',
    aNoun: 'a case',
    multiple: false,
    hint: 'Must take the board’s size.',
  },
  {
    category: 'psu',
    label: 'Power supply',
    noun: 'power supply',
    aNoun: 'a power supply',
    multiple: false,
    hint: 'Enough watts for the CPU and card.',
  },
  {
    category: 'other',
    label: 'Other',
    noun: 'other part',
    aNoun: 'a part of another kind',
    multiple: true,
    hint: 'Fans, Wi-Fi cards, cables: anything else.',
  },
];

/** One thing in a slot: a part you own, or a purchase you plan. */
export type SlotEntry =
  | { kind: 'part'; itemId: string; name: string; costCents: number; part: Part }
  | { kind: 'planned'; itemId: string; name: string; costCents: number; planned: PlannedItem };

export function entriesOf(build: Pick<Build, 'parts' | 'planned'>, category: Category): SlotEntry[] {
  return [
    ...build.parts
      .filter((p) => p.category === category)
      .map(
        (part): SlotEntry => ({
          kind: 'part',
          itemId: partItemId(part.id),
          name: part.name,
          costCents: part.costCents,
          part,
        }),
      ),
    ...build.planned
      .filter((p) => p.category === category)
      .map(
        (planned): SlotEntry => ({
          kind: 'planned',
          itemId: plannedItemId(planned.id),
          name: planned.name,
          costCents: planned.expectedCostCents,
          planned,
        }),
      ),
  ];
}
