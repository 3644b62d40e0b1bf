/** Human names of the specs the rules read ("category.field"), for messages and for the fields that fill them. */
export const SPEC_LABELS: Record<string, string> = {
  'cpu.socket': 'socket',
  'cpu.microarchitecture': 'generation (microarchitecture)',
  'cpu.tdpW': 'TDP',
  'cpu.integratedGraphics': 'integrated graphics',
  'gpu.lengthMm': 'length',
  'gpu.tdpW': 'board power',
  'motherboard.socket': 'socket',
  'motherboard.chipset': 'chipset',
  'motherboard.formFactor': 'form factor',
  'motherboard.memoryType': 'memory type',
  'motherboard.memorySlots': 'number of memory slots',
  'motherboard.maxMemoryGb': 'maximum memory',
  'motherboard.m2Slots': 'number of M.2 slots',
  'motherboard.sataPorts': 'number of SATA ports',
  'memory.memoryType': 'memory type',
  'memory.modules': 'number of sticks',
  'memory.totalGb': 'total size',
  'storage.formFactor': 'form factor',
  'storage.bus': 'interface',
  'psu.wattageW': 'wattage',
  'psu.formFactor': 'form factor',
  'case.boardFormFactors': 'supported motherboard sizes',
  'case.maxGpuLengthMm': 'maximum graphics card length',
  'case.maxCoolerHeightMm': 'maximum CPU cooler height',
  'case.psuFormFactor': 'power supply form factor',
  'cooler.sockets': 'supported sockets',
  'cooler.heightMm': 'height',
  'cooler.ratedTdpW': 'rated TDP',
};

/** The unit a number spec is given in; counts, types and lists have none. */
export const SPEC_UNITS: Record<string, 'mm' | 'W' | 'GB'> = {
  'cpu.tdpW': 'W',
  'gpu.lengthMm': 'mm',
  'gpu.tdpW': 'W',
  'motherboard.maxMemoryGb': 'GB',
  'memory.totalGb': 'GB',
  'psu.wattageW': 'W',
  'case.maxGpuLengthMm': 'mm',
  'case.maxCoolerHeightMm': 'mm',
  'cooler.heightMm': 'mm',
  'cooler.ratedTdpW': 'W',
};

/** "maximum graphics card length", or a readable fallback for a spec no rule reads ("case.type" → "type"). */
export function specLabel(spec: string): string {
  return (
    SPEC_LABELS[spec] ??
    spec
      .slice(spec.indexOf('.') + 1)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
  );
}

/** What to ask for one unknown spec: "Maximum graphics card length of the NZXT H510, in mm". */
export function specQuestion(spec: string, partName: string): string {
  const label = specLabel(spec);
  const unit = SPEC_UNITS[spec];
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} of the ${partName}${unit ? `, in ${unit}` : ''}`;
}
