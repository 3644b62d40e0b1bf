import type { BuildItem, Part } from '@partwise/shared';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { errorMessage } from '../../lib/api';
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
  onPickPart: (part: Part, target: PickerTarget) => Promise<void>;
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

function PickerTabs({ target, items, onClose, onPickPart, onPlan }: Props & { target: PickerTarget }) {
  const id = useId();
  const [tab, setTab] = useState<Tab>('stock');
  const [busy, setBusy] = useState(false);
  const [planInstead, setPlanInstead] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ stock: null, plan: null });

  const pick = async (part: Part) => {
    setBusy(true);
    setError(null);
    try {
      await onPickPart(part, target);
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  // The plan form shows its own errors, next to its fields.
  const plan = async (draft: PlannedDraft) => {
    await onPlan(draft, target);
    onClose();
  };

  // Arrow keys move between the tabs, as the ARIA tabs pattern has it.
  const keyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next: Tab = tab === 'stock' ? 'plan' : 'stock';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <>
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
              onPick={(part) => void pick(part)}
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
    </>
  );
}
