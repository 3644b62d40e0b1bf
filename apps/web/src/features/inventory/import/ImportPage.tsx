import {
  CSV_FIELD_LABELS,
  type CsvDateOrder,
  type CsvDryRunResult,
  type CsvImportResult,
  suggestMapping,
} from '@partwise/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Icon } from '../../../components/Icon';
import { PageHeader } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { errorMessage } from '../../../lib/api';
import type { CsvFile } from './csv-file';
import { FileStep } from './FileStep';
import { ImportDone } from './ImportDone';
import { canImport, type ImportChoices, importableCount, NO_CHOICES } from './import-choices';
import { type Mapping, MappingStep, missingRequired } from './MappingStep';
import { useDryRun, useImport } from './queries';
import { ReportStep } from './ReportStep';

type Step = 'file' | 'mapping' | 'report' | 'done';
const STEPS: { key: Step; label: string }[] = [
  { key: 'file', label: 'Choose a file' },
  { key: 'mapping', label: 'Match columns' },
  { key: 'report', label: 'Check' },
  { key: 'done', label: 'Import' },
];

/** Spreadsheet in: choose, match columns, check every row, then import all of it or nothing. */
export function ImportPage() {
  const navigate = useNavigate();
  const notify = useToast();
  const dryRun = useDryRun();
  const importer = useImport();
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<CsvFile | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [dateOrder, setDateOrder] = useState<CsvDateOrder>('auto');
  const [report, setReport] = useState<CsvDryRunResult | null>(null);
  const [choices, setChoices] = useState<ImportChoices>(NO_CHOICES);
  const [result, setResult] = useState<CsvImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const request = () => ({ csv: file?.text ?? '', mapping: mapping ?? {}, dateOrder, ...choices });

  const onRead = (read: CsvFile) => {
    setFile(read);
    setMapping(suggestMapping(read.headers));
    setReport(null);
    setStep('mapping');
  };

  const check = () => {
    setError(null);
    dryRun.mutate(
      { ...request(), ...NO_CHOICES },
      {
        onSuccess: (found) => {
          setReport(found);
          setChoices(NO_CHOICES);
          setStep('report');
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  const runImport = () => {
    setError(null);
    importer.mutate(request(), {
      onSuccess: (done) => {
        setResult(done);
        setStep('done');
        notify(`${done.imported} ${done.imported === 1 ? 'part' : 'parts'} imported`);
      },
      onError: (e) => setError(errorMessage(e)),
    });
  };

  const current = STEPS.findIndex((s) => s.key === step);
  const missing = mapping ? missingRequired(mapping) : [];
  const importable = report ? importableCount(report, choices) : 0;

  return (
    <>
      <PageHeader
        title="Import a spreadsheet"
        description="Bring the sheet you keep today. Every row is checked first; nothing is saved until you choose what to import."
      />
      <ul className="steps steps-horizontal mb-6 w-full text-xs sm:text-sm">
        {STEPS.map((s, i) => (
          <li
            key={s.key}
            className={`step ${i <= current ? 'step-primary' : ''}`}
            aria-current={i === current ? 'step' : undefined}
          >
            {s.label}
          </li>
        ))}
      </ul>
      <section className="card border border-base-300 bg-base-100">
        <div className="card-body gap-4 p-4 sm:p-6">
          {file && step !== 'file' && (
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <Icon name="document" className="size-4 text-base-content/60" />
              <span className="font-medium">{file.name}</span>
              <span className="text-base-content/60">
                · {file.rowCount} {file.rowCount === 1 ? 'row' : 'rows'} · {file.headers.length} columns
              </span>
            </p>
          )}
          {step === 'file' && <FileStep onRead={onRead} />}
          {step === 'mapping' && file && mapping && (
            <MappingStep
              file={file}
              mapping={mapping}
              onMapping={setMapping}
              dateOrder={dateOrder}
              onDateOrder={setDateOrder}
            />
          )}
          {step === 'report' && report && (
            <ReportStep report={report} choices={choices} onChoices={setChoices} />
          )}
          {step === 'done' && result && <ImportDone result={result} />}
          <FormAlert problem={error} />
          {step === 'mapping' && missing.length > 0 && (
            <p className="text-sm text-error">
              Choose a column for {missing.map((f) => CSV_FIELD_LABELS[f]).join(' and ')} to go on.
            </p>
          )}
          <WizardButtons
            step={step}
            busy={dryRun.isPending || importer.isPending}
            canCheck={missing.length === 0}
            canImport={report !== null && canImport(report, choices)}
            importLabel={`Import ${importable} ${importable === 1 ? 'part' : 'parts'}`}
            onBack={() => setStep(step === 'report' ? 'mapping' : 'file')}
            onCheck={check}
            onImport={runImport}
            onCancel={() => navigate('/inventory')}
            onAnother={() => {
              setFile(null);
              setResult(null);
              setStep('file');
            }}
          />
        </div>
      </section>
    </>
  );
}

function WizardButtons(props: {
  step: Step;
  busy: boolean;
  canCheck: boolean;
  canImport: boolean;
  importLabel: string;
  onBack: () => void;
  onCheck: () => void;
  onImport: () => void;
  onCancel: () => void;
  onAnother: () => void;
}) {
  const { step, busy } = props;
  const spinner = busy && <span className="loading loading-spinner loading-sm" />;
  return (
    <div className="flex flex-wrap items-center justify-end gap-2 border-t border-base-300 pt-4">
      {step === 'done' ? (
        <button type="button" className="btn btn-ghost" onClick={props.onAnother}>
          Import another file
        </button>
      ) : (
        <button type="button" className="btn btn-ghost mr-auto" onClick={props.onCancel}>
          Cancel
        </button>
      )}
      {(step === 'mapping' || step === 'report') && (
        <button type="button" className="btn" onClick={props.onBack} disabled={busy}>
          <Icon name="arrowLeft" className="size-4" />
          Back
        </button>
      )}
      {step === 'mapping' && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={props.onCheck}
          disabled={busy || !props.canCheck}
        >
          {spinner}
          {busy ? 'Checking every row…' : 'Check the file'}
        </button>
      )}
      {step === 'report' && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={props.onImport}
          disabled={busy || !props.canImport}
        >
          {spinner}
          {busy ? 'Importing…' : props.importLabel}
        </button>
      )}
    </div>
  );
}
