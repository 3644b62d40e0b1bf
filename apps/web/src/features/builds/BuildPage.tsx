import type { Build } from '@partwise/shared';
import { BUILD_STATUS_LABELS, checkBuild, EDITABLE_BUILD_STATUSES } from '@partwise/shared';
import { useIsMutating, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Icon } from '../../components/Icon';
import { RecordNotFound } from '../../components/RecordNotFound';
import { ErrorState, SkeletonRows } from '../../components/states';
import { isApiError } from '../../lib/api';
import { inSentence } from '../../lib/format';
import { BuildHeader } from './BuildHeader';
import { CompatBadge } from './badges';
import { buildItemsOf, type Finding, marksOf } from './build-items';
import { CompatibilityReport, REPORT_ID } from './CompatibilityReport';
import { findingDomId } from './FindingItem';
import { MoneySummary } from './MoneySummary';
import { PartPicker, type PickerTarget } from './PartPicker';
import { buildChangeKey, buildQueries } from './queries';
import { itemDomId, SlotCard } from './SlotCard';
import { SpecsDialog } from './SpecsDialog';
import { entriesOf, SLOTS, type SlotEntry } from './slots';
import { useSlotActions } from './useSlotActions';

export function BuildPage() {
  const { id } = useParams();
  const buildId = Number(id);
  const valid = Number.isSafeInteger(buildId) && buildId > 0;
  const build = useQuery({ ...buildQueries.detail(buildId), enabled: valid });
  if (!valid || (build.isError && isApiError(build.error) && build.error.status === 404))
    return (
      <RecordNotFound title="This build is not here" back={{ to: '/builds', label: 'See your builds' }} />
    );
  if (build.isPending) return <SkeletonRows rows={8} label="Loading the build" />;
  if (build.isError) return <ErrorState error={build.error} onRetry={() => void build.refetch()} />;
  return <BuildSheet build={build.data} />;
}

function BuildSheet({ build }: { build: Build }) {
  const checking = useIsMutating({ mutationKey: buildChangeKey(build.id) }) > 0;
  const items = useMemo(() => buildItemsOf(build), [build]);
  // Instant: the browser checks what is on screen; once the server answers, its report is the authority.
  const live = useMemo(() => checkBuild(items), [items]);
  const report = checking ? live : build.compatibility;
  const marks = useMemo(() => marksOf(report.findings), [report]);
  const [highlight, setHighlight] = useState<ReadonlySet<string>>(new Set());
  const [picker, setPicker] = useState<PickerTarget | null>(null);
  const actions = useSlotActions(build);
  const editable = (EDITABLE_BUILD_STATUSES as readonly string[]).includes(build.status);

  const [specsOf, setSpecsOf] = useState<SlotEntry | null>(null);
  const entries = useMemo(() => SLOTS.flatMap((slot) => entriesOf(build, slot.category)), [build]);

  const show = (itemIds: readonly string[]) => {
    setHighlight(new Set(itemIds));
    const first = itemIds[0];
    if (first)
      document.getElementById(itemDomId(first))?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  // A part's row points at its finding, which is said once, in the report: go there and put focus on it.
  const showFinding = (finding: Finding) => {
    const target = document.getElementById(findingDomId(report.findings.indexOf(finding)));
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target?.focus({ preventScroll: true });
  };

  return (
    <>
      <Link to="/builds" className="btn btn-ghost btn-sm mb-2 -ml-3">
        <Icon name="arrowLeft" className="size-4" />
        Builds
      </Link>
      <BuildHeader build={build} />
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-6">
        {/*
          Beside the parts, the money and the report stay in view together; a long report scrolls inside its
          own card (a sticky money card alone slid over the report's errors). On a phone the wrapper
          dissolves: money sticks under the top bar, the report follows the slots.
        */}
        <div className="contents lg:sticky lg:top-6 lg:col-start-2 lg:row-start-1 lg:flex lg:max-h-[calc(100dvh-3rem)] lg:flex-col lg:gap-6">
          <MoneySummary build={build} className="sticky top-16 z-[5] lg:static lg:shrink-0" />
          <CompatibilityReport
            report={report}
            checking={checking}
            override={build.override}
            entries={entries}
            editable={editable}
            onHighlight={(ids) => setHighlight(new Set(ids))}
            onShow={show}
            onSaveSpecs={actions.setSpecs}
            className="order-last lg:order-none lg:min-h-0 lg:overflow-y-auto lg:scroll-fade"
          />
        </div>
        <section aria-label="Parts" className="lg:col-start-1 lg:row-start-1">
          {!editable && (
            <p className="alert alert-info alert-soft mb-3 text-sm">
              This build is {inSentence(BUILD_STATUS_LABELS[build.status])}: its parts can no longer change.
            </p>
          )}
          {/* On a phone the report comes after the slots: its verdict, and a way there, come first. */}
          <a
            href={`#${REPORT_ID}`}
            className="mb-3 flex items-center justify-between gap-3 rounded-box border border-base-300 bg-base-100 px-4 py-2.5 text-sm lg:hidden"
          >
            <span className="font-medium">Compatibility</span>
            <span className="flex items-center gap-2">
              <CompatBadge status={report.status} complete={report.complete} />
              <span className="whitespace-nowrap text-primary">
                Details <span aria-hidden="true">↓</span>
              </span>
            </span>
          </a>
          <ul className="flex flex-col gap-3">
            {SLOTS.map((slot) => (
              <SlotCard
                key={slot.category}
                slot={slot}
                entries={entriesOf(build, slot.category)}
                marks={marks}
                highlight={highlight}
                editable={editable}
                onAdd={() =>
                  setPicker({ slot, replacing: slot.multiple ? [] : entriesOf(build, slot.category) })
                }
                onRemove={actions.remove}
                onShowFinding={showFinding}
                onEditSpecs={setSpecsOf}
              />
            ))}
          </ul>
        </section>
      </div>
      <PartPicker
        target={picker}
        items={items}
        onClose={() => setPicker(null)}
        onPickPart={actions.addPart}
        onPlan={actions.plan}
      />
      <SpecsDialog entry={specsOf} onClose={() => setSpecsOf(null)} onSave={actions.setSpecs} />
    </>
  );
}
