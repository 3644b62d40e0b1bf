import { CATEGORIES, CATEGORY_LABELS, CONDITION_LABELS, type Condition } from '../parts/enums';
import { SPEC_LINES } from './spec-words';
import type { ListedPart, ListingSubject } from './subject';
import { displayName } from './title';

/** "Base clock" → "base clock", but "TDP" and "CAS latency" keep their capitals. */
const lowerFirst = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;

const gradeText = (grade: number | null) => (grade === null ? null : `grade ${grade} of 5`);

/** "CPU: AMD Ryzen 5 5600X (AM4, 6 cores, 4.6 GHz boost)": one line per part of a build. */
function partLine(part: ListedPart): string {
  const specs = SPEC_LINES[part.category](part.specs)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([label, value]) => `${lowerFirst(label)}: ${value}`);
  const detail = specs.length > 0 ? ` (${specs.join(', ')})` : '';
  return `- ${CATEGORY_LABELS[part.category]}: ${displayName(part)}${detail}`;
}

function partDescription(part: ListedPart): string {
  const specs = SPEC_LINES[part.category](part.specs)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([label, value]) => `- ${label}: ${value}`);
  const condition = [CONDITION_LABELS[part.condition], gradeText(part.grade)].filter(Boolean).join(', ');
  return section([
    [displayName(part) + (part.model ? ` (model ${part.model})` : '')],
    specs.length > 0 ? ['Specs:', ...specs] : [],
    [`Condition: ${condition}`],
    part.notes?.trim() ? ['Notes:', part.notes.trim()] : [],
  ]);
}

/** "Used, grades 3 to 5 of 5; new: Corsair RM750" — the build's condition from its parts'. */
function buildCondition(parts: ListedPart[]): string {
  const byCondition = new Map<Condition, ListedPart[]>();
  for (const p of parts) byCondition.set(p.condition, [...(byCondition.get(p.condition) ?? []), p]);
  const main = [...byCondition.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? 'used';
  const grades = parts.map((p) => p.grade).filter((g): g is number => g !== null);
  const low = Math.min(...grades);
  const high = Math.max(...grades);
  const graded =
    grades.length === 0 ? null : low === high ? `grade ${low} of 5` : `grades ${low} to ${high} of 5`;
  const others = [...byCondition.entries()]
    .filter(([condition]) => condition !== main)
    .map(
      ([condition, list]) =>
        `${CONDITION_LABELS[condition].toLowerCase()}: ${list.map(displayName).join(', ')}`,
    );
  return [[CONDITION_LABELS[main], graded].filter(Boolean).join(', '), ...others].join('; ');
}

function buildDescription(subject: Extract<ListingSubject, { kind: 'build' }>): string {
  const parts = [...subject.parts].sort(
    (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category),
  );
  const notes = parts
    .filter((p) => p.notes?.trim())
    .map((p) => `- ${displayName(p)}: ${(p.notes ?? '').trim().replace(/\s*\n\s*/g, ' ')}`);
  return section([
    [subject.name],
    parts.length > 0 ? ['Specs:', ...parts.map(partLine)] : [],
    parts.length > 0 ? [`Condition: ${buildCondition(parts)}`] : [],
    notes.length > 0 ? ['Tested and noted:', ...notes] : [],
    subject.notes?.trim() ? ['Notes:', subject.notes.trim()] : [],
  ]);
}

const section = (blocks: string[][]) =>
  blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n');

/**
 * A description written from the record: the specs it holds, the condition and grade, and the notes (for a
 * build, each part's). Nothing is said that the record does not hold.
 */
export function listingDescription(subject: ListingSubject): string {
  return subject.kind === 'part' ? partDescription(subject.part) : buildDescription(subject);
}
