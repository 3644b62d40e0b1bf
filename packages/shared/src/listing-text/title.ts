import type { Platform } from '../sales/fees';
import { fitTitle, titleRoom } from './limits';
import { memoryShort, numberOf, storageShort, TITLE_WORDS, textOf } from './spec-words';
import type { ListedPart, ListingSubject } from './subject';

const SEPARATOR = ' | ';

/** Lower case letters and digits only, to tell whether the name already says a word ("16 GB" ~ "16GB"). */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The name a buyer searches for: the brand in front when the name lacks it. */
export function displayName(part: Pick<ListedPart, 'name' | 'brand'>): string {
  const brand = part.brand?.trim();
  if (!brand || squash(part.name).includes(squash(brand))) return part.name.trim();
  return `${brand} ${part.name.trim()}`;
}

const CONDITION_WORD: Record<ListedPart['condition'], string | null> = {
  new: 'New',
  used: null,
  for_parts: 'For Parts',
};

/** The first `candidates` entry that fits in `room`, else the last one cut at a word boundary. */
function firstThatFits(candidates: string[], room: number): string {
  for (const candidate of candidates) if (candidate.length <= room) return candidate;
  return fitTitle(candidates[candidates.length - 1] ?? '', room);
}

function partTitle(part: ListedPart, room: number): string {
  const name = displayName(part);
  const said = squash(name);
  const words = [part.model?.trim() || null, ...TITLE_WORDS[part.category](part.specs)]
    .filter((w): w is string => typeof w === 'string' && w !== '')
    .filter((w) => !said.includes(squash(w)));
  const condition = CONDITION_WORD[part.condition];
  const withWords = (n: number) => [name, ...words.slice(0, n), condition].filter(Boolean).join(' ');
  const candidates = words.map((_, i) => withWords(words.length - i)).concat(withWords(0));
  if (withWords(0).length <= room || !condition) return firstThatFits(candidates, room);
  // Too long even bare: cut the name, keep the condition (what matters most to a buyer of a broken part).
  return `${fitTitle(name, room - condition.length - 1)} ${condition}`;
}

/** "Ryzen 5 5600X" from "AMD Ryzen 5 5600X 3.7 GHz 6-Core Processor". */
const shortCpu = (part: ListedPart) =>
  part.name
    .replace(/^(AMD|Intel)\s+/i, '')
    .replace(/\s+\d+(\.\d+)?\s*GHz.*$/i, '')
    .replace(/\s+Processor$/i, '')
    .trim();

/** "RTX 3070" from the chipset "GeForce RTX 3070", else the card's name. */
function shortGpu(part: ListedPart): string {
  const chipset = textOf(part.specs.chipset);
  if (!chipset) return displayName(part);
  return chipset
    .replace(/^(NVIDIA\s+)?GeForce\s+/i, '')
    .replace(/^(AMD\s+)?Radeon\s+/i, '')
    .replace(/^Intel\s+/i, '')
    .trim();
}

/** "32GB DDR4" over every memory kit of the build; null when a kit's capacity is unknown. */
function ramOf(kits: ListedPart[]): string | null {
  if (kits.length === 0) return null;
  if (kits.length === 1) return kits[0] ? memoryShort(kits[0].specs) : null;
  const sizes = kits.map((k) => numberOf(k.specs.totalGb));
  if (sizes.some((s) => s === null)) return null;
  const types = new Set(kits.map((k) => textOf(k.specs.memoryType)));
  const [type] = types;
  return [`${sizes.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)}GB`, types.size === 1 ? type : null]
    .filter(Boolean)
    .join(' ');
}

const of = (parts: ListedPart[], category: ListedPart['category']) =>
  parts.filter((p) => p.category === category);

function buildTitle(subject: Extract<ListingSubject, { kind: 'build' }>, room: number): string {
  const { parts } = subject;
  const [cpu] = of(parts, 'cpu');
  const [gpu] = of(parts, 'gpu');
  const drives = of(parts, 'storage');
  const storage = (short: boolean, all: boolean) =>
    (all ? drives : drives.slice(0, 1))
      .map((d) => storageShort(d.specs, short))
      .filter(Boolean)
      .join(' + ') || null;
  const core = [cpu ? shortCpu(cpu) : null, gpu ? shortGpu(gpu) : null, ramOf(of(parts, 'memory'))];
  if (core.every((c) => c === null) && storage(true, false) === null) return fitTitle(subject.name, room);
  const prefix = gpu ? 'Gaming PC' : 'Desktop PC';
  const join = (...pieces: (string | null)[]) => pieces.filter(Boolean).join(SEPARATOR);
  return firstThatFits(
    [
      join(prefix, ...core, storage(false, true)),
      join(prefix, ...core, storage(true, true)),
      join(prefix, ...core, storage(true, false)),
      join(...core, storage(true, false)),
      join(...core),
    ],
    room,
  );
}

/**
 * A title written from the record, within the platform's limit: a part's name with its telling specs, or
 * for a build its CPU, graphics card, memory and storage. Only what the record holds is said.
 */
export function listingTitle(subject: ListingSubject, platform: Platform): string {
  const room = titleRoom(platform);
  return subject.kind === 'part' ? partTitle(subject.part, room) : buildTitle(subject, room);
}
