import { z } from 'zod';
import { CATEGORIES, CONDITIONS, PART_STATUSES } from './enum-values';

export {
  CATEGORIES,
  CATEGORY_LABELS,
  CONDITION_LABELS,
  CONDITIONS,
  PART_STATUS_LABELS,
  PART_STATUSES,
  SOURCE_LABELS,
  SOURCE_SUGGESTIONS,
} from './enum-values';

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Condition = z.enum(CONDITIONS);
export type Condition = z.infer<typeof Condition>;

export const PartStatus = z.enum(PART_STATUSES);
export type PartStatus = z.infer<typeof PartStatus>;
