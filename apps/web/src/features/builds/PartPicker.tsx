import type { BuildItem, PartListItem } from '@partwise/shared';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { BusyButton } from '../../components/BusyButton';
import { FormAlert } from '../../components/FormAlert';
import { Icon } from '../../components/Icon';
import { Modal } from '../../components/Modal';
import { errorMessage } from '../../lib/api';
import { errorsOfAdding, partItemId, toBuildItem } from './build-items';
import type { PlannedDraft } from './item-mutations';
import { PlanTab } from './PlanTab';
import { StockTab } from './StockTab';
import type { Slot, SlotEntry } from './slots';

type Tab = 'stock' | 'plan';
const TABS: { tab: Tab; label: string }[] = [
  { tab: 'stock', label: 'From my stock' },
  { tab: 'plan', label: 'Plan to buy' },
];

export interface PickerTarget {
  slot: Slot;
  /** What is in a one-part slot now, and goes when another is picked. */
  replacing: SlotEntry[];
}

interface Props {
  target: PickerTarget | null;
  items: BuildItem[];
  onClose: () => void;
  onPickPart: (part: PartListItem, target: PickerTarget) => Promise<void>;
  onPlan: (draft: PlannedDraft, target: PickerTarget) => Promise<void>;
}

/** Fills a slot: a part from stock (those that fit first) or a purchase to plan. */
export function PartPicker({ target, items, onClose, onPickPart, onPlan }: Props) {
  const title = target ? `${target.replacing.length > 0 ? 'Replace' : 'Add'} ${target.slot.noun}` : '';
  return (
    <Modal open={target !== null} title={title} onClose={onClose} width="wide">
      {target && (
        <PickerTabs target={target} items={items} onClose={onClose} onPickPart={onPickPart} onPlan={onPlan} />
      )}
    </Modal>
  );
}

/** A pick that would make the build fail, waiting for "add anyway". */
interface PendingPick {
  name: string;
  problems: string[];
  verb: 'Add' | 'Plan';
  go: () => Promise<void>;
}

function PickerTabs({ target, items, onClose, onPickPart, onPlan }: Props & { target: PickerTarget }) {
  const id = useId();
  const [tab, setTab] = useState<Tab>('stock');
  const [busy, setBusy] = useState(false);
  const [planInstead, setPlanInstead] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingPick | null>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ stock: null, plan: null });

  const addPart = async (part: PartListItem) => {
    setBusy(true);
    setError(null);
    try {
      await onPickPart(part, target);
      onClose();
    } catch (caught) {
      setPending(null);
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  // The browser checks the build with the part in it first: a part that makes it fail is added only on purpose.
  const pick = (part: PartListItem) => {
    const problems = errorsOfAdding(
      toBuildItem(partItemId(part.id), part.name, part.category, part.specs),
      items,
    );
    if (problems.length === 0) return void addPart(part);
    setPending({ name: part.name, problems, verb: 'Add', go: () => addPart(part) });
  };
  // The plan form shows its own errors, next to its fields.
  const plan = async (draft: PlannedDraft) => {
    const go = async () => {
      await onPlan(draft, target);
      onClose();
    };
    const candidate = toBuildItem('planned:new', draft.name, draft.category, draft.specs);
    const problems = errorsOfAdding(candidate, items);
    if (problems.length === 0) return go();
    setPending({ name: draft.name, problems, verb: 'Plan', go });
  };

  // Arrow keys move between the tabs, as the ARIA tabs pattern has it.
  const keyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next: Tab = tab === 'stock' ? 'plan' : 'stock';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  // The tabs stay mounted under the question, so "Choose another" finds the search and the form as they were.
  return (
    <>
      {pending && <AddAnyway pending={pending} busy={busy} onBack={() => setPending(null)} />}
      <div className={pending ? 'hidden' : 'flex flex-col gap-4'}>
        {target.replacing.length > 0 && (
          <p className="text-sm text-base-content/70">
            Replaces {target.replacing.map((e) => e.name).join(' and ')}
            {target.replacing.some((e) => e.kind === 'part') ? ', which goes back to stock.' : '.'}
          </p>
        )}
        <div
          role="tablist"
          aria-label="Where the part comes from"
          className="tabs tabs-box"
          onKeyDown={keyDown}
        >
          {TABS.map(({ tab: t, label }) => (
            <button
              key={t}
              ref={(el) => {
                tabRefs.current[t] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-${t}`}
              aria-selected={tab === t}
              aria-controls={`${id}-${t}-panel`}
              tabIndex={tab === t ? 0 : -1}
              className={`tab flex-1 ${tab === t ? 'tab-active' : ''}`}
              onClick={() => setTab(t)}
            >
              {label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${id}-${tab}-panel`} aria-labelledby={`${id}-${tab}`}>
          {tab === 'stock' ? (
            <>
              <FormAlert problem={error} className="mb-3" />
              <StockTab
                slot={target.slot}
                items={items}
                busy={busy}
                onPick={pick}
                onPlanInstead={() => {
                  setPlanInstead(true);
                  setTab('plan');
                }}
              />
            </>
          ) : (
            <PlanTab slot={target.slot} items={items} autoFocus={planInstead} onPlan={plan} />
          )}
        </div>
      </div>
    </>
  );
}

/** "Add the MSI PRO Z690-A anyway?": what would stop the build from working, and a way back. */
function AddAnyway({ pending, busy, onBack }: { pending: PendingPick; busy: boolean; onBack: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [going, setGoing] = useState(false);
  const go = () => {
    setGoing(true);
    setError(null);
    pending
      .go()
      .catch((caught: unknown) => setError(errorMessage(caught)))
      .finally(() => setGoing(false));
  };
  return (
    <section aria-labelledby="add-anyway-title" className="flex flex-col gap-3">
      <FormAlert problem={error} />
      <h3 id="add-anyway-title" className="font-semibold">
        {pending.verb} the {pending.name} anyway?
      </h3>
      <p className="text-sm text-base-content/70">With it, the build will not work:</p>
      <ul className="flex flex-col gap-1 rounded-box border border-error/30 bg-error/5 p-3 text-sm">
        {pending.problems.map((message) => (
          <li key={message} className="flex items-start gap-2">
            <Icon name="stop" className="mt-0.5 size-4 shrink-0 text-error" />
            <span>{message}</span>
          </li>
        ))}
      </ul>
      <div className="modal-action mt-0">
        <button type="button" className="btn btn-ghost" onClick={onBack} data-autofocus>
          Choose another
        </button>
        <BusyButton busy={busy || going} className="btn btn-warning" disabled={busy || going} onClick={go}>
          {pending.verb} anyway
        </BusyButton>
      </div>
    </section>
  );
}
