import type { CatalogPart } from '@partwise/shared';
import { specSummary } from '../builds/spec-summary';
import { variantsLabel } from './catalog-entry';

/**
 * The specs that tell a catalog part from others of its name ("16 GB · DDR4-3200 · CL16 · 2 × 8 GB"),
 * and how many identical variants it stands for. Each spec stays on one line when the row wraps.
 */
export function CatalogSpecLine({ entry, fallback }: { entry: CatalogPart; fallback?: string }) {
  const specs = specSummary(entry.category, entry.specs);
  const pieces = specs ? specs.split(' · ') : fallback ? [fallback] : [];
  const variants = variantsLabel(entry);
  return (
    <span className="block text-xs text-base-content/70">
      {pieces.map((piece, i) => (
        <span key={piece} className="whitespace-nowrap">
          {i > 0 && ' · '}
          {piece}
        </span>
      ))}{' '}
      {variants && (
        <span title={variants.title} className="whitespace-nowrap text-base-content/60">
          {pieces.length > 0 && '· '}
          {variants.text}
        </span>
      )}
    </span>
  );
}
