import type { Build, PartListItem } from '@partwise/shared';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { formatMoney } from '../../lib/format';
import { type PlannedDraft, type SpecChange, useBuildItems } from './item-mutations';
import type { PickerTarget } from './PartPicker';
import type { SlotEntry } from './slots';

/**
 * What the slots do, with a toast for each: add from stock, plan a purchase, remove. Picking for a
 * one-part slot that is filled replaces what is there (an owned part goes back to stock).
 */
export function useSlotActions(build: Build) {
  const items = useBuildItems(build.id);
  const notify = useToast();

  const takeOut = async (entry: SlotEntry) => {
    if (entry.kind === 'part') await items.removePart.mutateAsync(entry.part);
    else await items.removePlanned.mutateAsync(entry.planned.id);
  };
  const replaced = async (target: PickerTarget) => {
    for (const entry of target.replacing) await takeOut(entry);
    return target.replacing.length > 0
      ? ` in place of ${target.replacing.map((e) => e.name).join(' and ')}`
      : '';
  };

  return {
    /** Rejects with the server's message (a part no longer in stock, say) for the picker to show. */
    addPart: async (part: PartListItem, target: PickerTarget) => {
      await items.addPart.mutateAsync(part);
      const instead = await replaced(target);
      notify(`${part.name} added${instead}`);
    },
    plan: async (draft: PlannedDraft, target: PickerTarget) => {
      await items.addPlanned.mutateAsync(draft);
      const instead = await replaced(target);
      notify(`${draft.name} planned at ${formatMoney(draft.expectedCostCents)}${instead}`);
    },
    /** Rejects with the server's error, for the spec form to show next to its field. */
    setSpecs: async (change: SpecChange) => {
      await items.setSpecs.mutateAsync(change);
      notify(`Saved on the ${change.entry.name}; the build is checked again`);
    },
    /** A part taken out can be put back from the toast ("Undo"), as long as it is still in stock. */
    remove: (entry: SlotEntry) =>
      takeOut(entry)
        .then(() => {
          if (entry.kind === 'planned') return notify(`${entry.name} dropped from the plan`);
          notify(`${entry.name} is back in stock`, 'success', {
            label: 'Undo',
            run: () =>
              void items.addPart
                .mutateAsync(entry.part)
                .then(() => notify(`${entry.name} is back in the build`))
                .catch((error: unknown) => notify(errorMessage(error), 'error')),
          });
        })
        .catch((error: unknown) => notify(errorMessage(error), 'error')),
  };
}
