import { type BuildCompatibility, type CompatibilityCheck, checkBuild, parseSpecs } from '@partwise/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { Caller } from '../../core/caller';
import { AppError, notFound } from '../../core/errors';
import type { ServiceDeps } from '../../core/service-deps';
import { catalogPart, part } from '../../db/schema';
import { toBuildItem } from './builds.compat';

/** The stateless check: items given as your parts, catalog parts or spec sheets, resolved and checked. */
export function createCompatibilityService({ db }: ServiceDeps) {
  return {
    async check(caller: Caller, request: CompatibilityCheck): Promise<BuildCompatibility> {
      const partIds = request.items.flatMap((i) => ('partId' in i ? [i.partId] : []));
      const catalogIds = request.items.flatMap((i) => ('catalogPartId' in i ? [i.catalogPartId] : []));
      const [parts, entries] = await Promise.all([
        partIds.length
          ? db
              .select()
              .from(part)
              .where(and(eq(part.ownerId, caller.ownerId), inArray(part.id, partIds)))
          : Promise.resolve([]),
        catalogIds.length
          ? db.select().from(catalogPart).where(inArray(catalogPart.id, catalogIds))
          : Promise.resolve([]),
      ]);
      const items = request.items.map((item, index) => {
        if ('partId' in item) {
          const found = parts.find((p) => p.id === item.partId);
          if (!found) throw notFound('Part');
          return toBuildItem(`part:${found.id}`, found.name, found.category, found.specs);
        }
        if ('catalogPartId' in item) {
          const found = entries.find((e) => e.id === item.catalogPartId);
          if (!found)
            throw new AppError('VALIDATION_FAILED', 'Unknown catalog part', {
              [`items.${index}.catalogPartId`]: 'is not in the catalog',
            });
          return toBuildItem(`catalog:${found.id}`, found.name, found.category, found.specs);
        }
        const parsed = parseSpecs(item.category, item.specs);
        if (!parsed.ok) {
          const fields = Object.fromEntries(
            Object.entries(parsed.fields).map(([k, v]) => [`items.${index}.${k}`, v]),
          );
          throw new AppError('VALIDATION_FAILED', 'Some specs are not valid', fields);
        }
        return toBuildItem(`item:${index}`, item.name ?? `Item ${index + 1}`, item.category, parsed.specs);
      });
      return checkBuild(items);
    },
  };
}

export type CompatibilityService = ReturnType<typeof createCompatibilityService>;
