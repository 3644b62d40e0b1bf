import type { StorageSpecs } from '../parts/specs';
import { type Build, type Findings, joinAnd, type Part, plural } from './context';

type Drive = Part<StorageSpecs>;
type Uses = 'yes' | 'no' | 'maybe';

const isM2 = (formFactor: string) => /^M\.2/i.test(formFactor);

/** Does the drive take an M.2 slot? By form factor when known; an NVMe drive may also be U.2. */
function usesM2({ specs }: Drive): Uses {
  if (specs.formFactor !== null) return isM2(specs.formFactor) ? 'yes' : 'no';
  return specs.bus === null || specs.bus === 'nvme' || specs.bus === 'sata' ? 'maybe' : 'no';
}

/** Does the drive take a SATA port? SATA drives that are not M.2 (mSATA and add-in cards do not). */
function usesSataPort({ specs }: Drive): Uses {
  const ff = specs.formFactor;
  if (ff !== null && (isM2(ff) || /^(mSATA|PCIe)$/i.test(ff))) return 'no';
  if (specs.bus === 'sata') return ff === null ? 'maybe' : 'yes';
  // A 2.5"/3.5" drive of unknown interface may be SATA, SAS or U.2.
  return specs.bus === null ? 'maybe' : 'no';
}

function checkSlots(build: Build, out: Findings, rule: 'STORAGE_M2_SLOTS' | 'STORAGE_SATA_PORTS'): void {
  const { board, storage } = build;
  if (!board || storage.length === 0) return;
  const m2 = rule === 'STORAGE_M2_SLOTS';
  const uses = m2 ? usesM2 : usesSataPort;
  const certain = storage.filter((d) => uses(d) === 'yes');
  const maybe = storage.filter((d) => uses(d) === 'maybe');
  const count = (drives: Drive[]) => drives.reduce((sum, d) => sum + d.quantity, 0);
  const min = count(certain);
  const max = min + count(maybe);
  if (max === 0) return;
  const available = m2 ? board.specs.m2Slots : board.specs.sataPorts;
  const what = m2 ? 'M.2 slot' : 'SATA port';
  if (available !== null && min > available) {
    const names = joinAnd(
      certain.map((d) => (d.quantity > 1 ? `${d.quantity} × ${d.name}` : `the ${d.name}`)),
    );
    out.add(
      rule,
      `${plural(min, m2 ? 'M.2 drive' : 'SATA drive')} (${names}) need ${plural(min, what)}; ` +
        `the ${board.name} has ${available}.`,
      [...certain.map((d) => d.id), board.id],
    );
    return;
  }
  // Unknowns matter only when they could change the answer.
  if (available !== null && max <= available) return;
  out.unverified(rule, [
    ...(available === null
      ? [{ part: board, spec: m2 ? 'motherboard.m2Slots' : 'motherboard.sataPorts' }]
      : []),
    ...maybe.flatMap((d) => [
      ...(d.specs.formFactor === null ? [{ part: d, spec: 'storage.formFactor' }] : []),
      ...(d.specs.bus === null ? [{ part: d, spec: 'storage.bus' }] : []),
    ]),
  ]);
}

export function checkM2Slots(build: Build, out: Findings): void {
  checkSlots(build, out, 'STORAGE_M2_SLOTS');
}

export function checkSataPorts(build: Build, out: Findings): void {
  checkSlots(build, out, 'STORAGE_SATA_PORTS');
}
