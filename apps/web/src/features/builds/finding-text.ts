import { specLabel } from '@partwise/shared';
import type { Finding } from './build-items';
import { SLOTS } from './slots';

function specName(spec: string): string {
  const [category = ''] = spec.split('.');
  const noun = SLOTS.find((slot) => slot.category === category)?.noun;
  const label = specLabel(spec);
  return noun ? `${noun} ${label}` : label;
}

/** "Not fully checked: unknown motherboard chipset, CPU generation." for unverified candidates. */
export function uncheckedText(findings: Finding[]): string | null {
  const specs = [...new Set(findings.flatMap((f) => f.missing ?? []))];
  return specs.length === 0 ? null : `Not fully checked: unknown ${specs.map(specName).join(', ')}.`;
}
