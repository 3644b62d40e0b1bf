import { type BuildSuggestion, USE_CASES } from '@partwise/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { SelectField } from '../../components/SelectField';
import { EmptyState } from '../../components/states';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { useApiForm } from '../../lib/api-form';
import { inputToCents, MoneyText } from '../../lib/money-input';
import { ReadBack, SuggestionOptions } from './SuggestionOptions';
import { useAcceptSuggestion, useRejectSuggestion, useSuggestBuild } from './suggestion-queries';

const SuggestForm = z.object({
  request: z.string().max(500, 'must be at most 500 characters'),
  targetPrice: MoneyText,
  budget: MoneyText,
  useCase: z.union([z.enum(USE_CASES), z.literal('')]),
  allowPurchases: z.boolean(),
  purchaseBudget: MoneyText,
});
type SuggestForm = z.infer<typeof SuggestForm>;

const EMPTY: SuggestForm = {
  request: '',
  targetPrice: '',
  budget: '',
  useCase: '',
  allowPurchases: false,
  purchaseBudget: '',
};

const USE_CASE_CHOICES = {
  gaming: 'Gaming',
  office: 'Office (CPU graphics are fine)',
  workstation: 'Workstation',
};

const cents = (text: string) => inputToCents(text) ?? undefined;

/** "Suggest a build": the request in words and/or fields, then the five best builds side by side. */
export function SuggestBuildDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [suggestion, setSuggestion] = useState<BuildSuggestion | null>(null);
  // What was typed, kept for "Change the request".
  const [typed, setTyped] = useState<SuggestForm>(EMPTY);
  const reject = useRejectSuggestion();
  const close = () => {
    // Closing without building discards the suggestion.
    if (suggestion) reject.mutate(suggestion.id);
    setSuggestion(null);
    setTyped(EMPTY);
    onClose();
  };
  const back = () => {
    if (suggestion) reject.mutate(suggestion.id);
    setSuggestion(null);
  };
  const built = () => {
    setSuggestion(null);
    setTyped(EMPTY);
    onClose();
  };
  return (
    <Modal open={open} title="Suggest a build" onClose={close} width="widest">
      {suggestion ? (
        <Results suggestion={suggestion} onBack={back} onDone={built} />
      ) : (
        <RequestForm
          typed={typed}
          onAnswer={(answer, values) => {
            setTyped(values);
            setSuggestion(answer);
          }}
          onCancel={close}
        />
      )}
    </Modal>
  );
}

function RequestForm({
  typed,
  onAnswer,
  onCancel,
}: {
  typed: SuggestForm;
  onAnswer: (s: BuildSuggestion, values: SuggestForm) => void;
  onCancel: () => void;
}) {
  const suggest = useSuggestBuild();
  const { form, problem, submit } = useApiForm({
    schema: SuggestForm,
    defaultValues: typed,
    onSubmit: async (v: SuggestForm) => {
      const answer = await suggest.mutateAsync({
        request: v.request.trim() || undefined,
        targetPriceCents: cents(v.targetPrice),
        budgetCents: cents(v.budget),
        useCase: v.useCase || undefined,
        allowPurchases: v.allowPurchases || undefined,
        purchaseBudgetCents: v.allowPurchases ? cents(v.purchaseBudget) : undefined,
      });
      onAnswer(answer, v);
    },
  });
  const { register, formState, watch } = form;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2">
      <p className="text-sm text-base-content/70">
        The most profitable complete, compatible builds from your parts in stock, worked out exactly. Say what
        you want in words, fill the fields, or both (the fields win).
      </p>
      <FormAlert problem={problem} />
      <Field
        label="What to build"
        error={formState.errors.request?.message}
        hint="For example: 1440p gaming PC to sell around $900 using my 3070"
      >
        {(control) => (
          <textarea
            className="textarea w-full"
            rows={2}
            data-autofocus
            {...control}
            {...register('request')}
          />
        )}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-3">
        <MoneyField
          label="Target price"
          registration={register('targetPrice')}
          error={formState.errors.targetPrice}
        />
        <MoneyField label="Parts budget" registration={register('budget')} error={formState.errors.budget} />
        <SelectField
          label="Use"
          registration={register('useCase')}
          error={formState.errors.useCase}
          choices={USE_CASE_CHOICES}
          empty="Any"
        />
      </div>
      <label className="label mt-2 cursor-pointer items-start gap-2 whitespace-normal text-sm">
        <input type="checkbox" className="checkbox checkbox-sm" {...register('allowPurchases')} />
        Buy missing parts from the catalog at their listed price
      </label>
      {watch('allowPurchases') && (
        <MoneyField
          label="Spend at most on purchases"
          registration={register('purchaseBudget')}
          error={formState.errors.purchaseBudget}
          className="sm:max-w-60"
        />
      )}
      <div className="modal-action mt-2">
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
        <BusyButton busy={suggest.isPending} type="submit" className="btn btn-primary">
          Suggest builds
        </BusyButton>
      </div>
    </form>
  );
}

function Results({
  suggestion,
  onBack,
  onDone,
}: {
  suggestion: BuildSuggestion;
  onBack: () => void;
  onDone: () => void;
}) {
  const accept = useAcceptSuggestion();
  const navigate = useNavigate();
  const notify = useToast();
  const [problem, setProblem] = useState<string | null>(null);
  const build = async (rank: number) => {
    setProblem(null);
    try {
      const { buildId } = await accept.mutateAsync({ id: suggestion.id, option: rank });
      notify('Build created; its parts are reserved');
      onDone();
      await navigate(`/builds/${buildId}`);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <div className="flex flex-col gap-3">
      <ReadBack suggestion={suggestion} />
      <FormAlert problem={problem} />
      {suggestion.options.length === 0 ? (
        <EmptyState icon="wrench" title="No complete build fits">
          Your parts in stock do not make a complete, compatible build under this request. Allow buying
          missing parts, raise the budget, or add parts to your inventory.
        </EmptyState>
      ) : (
        <SuggestionOptions
          options={suggestion.options}
          onAccept={(rank) => void build(rank)}
          busy={accept.isPending}
        />
      )}
      <div className="modal-action mt-0">
        <button type="button" className="btn btn-ghost" onClick={onBack}>
          Change the request
        </button>
      </div>
    </div>
  );
}
