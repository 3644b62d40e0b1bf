import { SPEC_LABELS } from '@partwise/shared';
import type { Finding } from './build-items';
import { SLOTS } from './slots';

// Rule codes ("CPU_CHIPSET_UNOFFICIAL") and spec keys ("motherboard.chipset") the engine puts in
// brackets for developers; part names in brackets ("RTX 3070 (used)") are left alone.
const CODES =
  / \((?:[A-Z0-9]+(?:_[A-Z0-9]+)+|(?:cpu|gpu|motherboard|memory|storage|psu|case|cooler)\.[A-Za-z]+)\)/g;

/** A finding in plain words: the engine's message without the codes meant for developers. */
export function plainMessage(finding: Finding): string {
  return finding.code === 'UNVERIFIED' ? finding.message.replace(CODES, '') : finding.message;
}

function specName(spec: string): string {
  const [category = ''] = spec.split('.');
  const noun = SLOTS.find((slot) => slot.category === category)?.noun;
  const label = SPEC_LABELS[spec] ?? spec;
  return noun ? `${noun} ${label}` : label;
}

/** "Not fully checked: unknown motherboard chipset, CPU generation." for unverified candidates. */
export function uncheckedText(findings: Finding[]): string | null {
  const specs = [...new Set(findings.flatMap((f) => f.missing ?? []))];
  return specs.length === 0 ? null : `Not fully checked: unknown ${specs.map(specName).join(', ')}.`;
}
