// The spec enums' values as plain data, apart from their zod schemas (specs.ts): the compatibility engine
// runs on pages that load no schema library (the dashboard).

export const MEMORY_TYPES = ['DDR3', 'DDR4', 'DDR5'] as const;

export const BOARD_FORM_FACTORS = [
  'EATX',
  'ATX',
  'Micro ATX',
  'Mini ITX',
  'Mini DTX',
  'Flex ATX',
  'Thin Mini ITX',
  'XL ATX',
  'SSI EEB',
  'SSI CEB',
  'HPTX',
] as const;

export const PSU_FORM_FACTORS = ['ATX', 'SFX', 'SFX-L', 'TFX', 'Flex ATX', 'Mini ITX'] as const;
