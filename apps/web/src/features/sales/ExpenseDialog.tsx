import {
  centsToDecimal,
  EXPENSE_CATEGORY_LABELS,
  type Expense,
  ExpenseCreate,
  IsoDate,
  Miles,
  mileageAmountCents,
  milesToTenths,
} from '@partwise/shared';
import { z } from 'zod';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { SelectField } from '../../components/SelectField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { formatMileRate, formatMiles, formatMoney } from '../../lib/format';
import { checkedCents, MoneyText } from '../../lib/money-input';
import { useToday } from '../account/time-zone';
import { useMileageRate } from '../mileage/queries';
import { useSaveExpense } from './queries';

const { shape } = ExpenseCreate;
/** Miles as typed: "12.5", or "12,5". */
const milesOf = (text: string) => Number(text.trim().replace(',', '.'));

const ExpenseForm = z
  .object({
    spentAt: IsoDate,
    category: shape.category,
    description: shape.description,
    /** Mileage is entered as miles (worked out at the year's rate) or as an amount. */
    byMiles: z.boolean(),
    amount: MoneyText,
    miles: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.category === 'mileage' && v.byMiles) {
      const parsed = Miles.safeParse(milesOf(v.miles));
      if (v.miles.trim() === '') ctx.addIssue({ code: 'custom', message: 'is required', path: ['miles'] });
      else if (!parsed.success)
        ctx.addIssue({
          code: 'custom',
          message: parsed.error.issues[0]?.message ?? 'is not a number',
          path: ['miles'],
        });
    } else if (v.amount.trim() === '')
      ctx.addIssue({ code: 'custom', message: 'is required', path: ['amount'] });
  });

const ENTRY_CHOICES = [
  { value: 'miles', label: 'Miles driven' },
  { value: 'amount', label: 'An amount' },
] as const;

/** `expense` null: closed; 'new': a new expense; else the expense to edit. */
export function ExpenseDialog({
  expense,
  onClose,
}: {
  expense: Expense | 'new' | null;
  onClose: () => void;
}) {
  return (
    <Modal
      open={expense !== null}
      title={expense === 'new' ? 'Add an expense' : 'Edit expense'}
      onClose={onClose}
    >
      {expense && <ExpenseBody expense={expense === 'new' ? null : expense} onClose={onClose} />}
    </Modal>
  );
}

function ExpenseBody({ expense, onClose }: { expense: Expense | null; onClose: () => void }) {
  const save = useSaveExpense(expense?.id ?? null);
  const notify = useToast();
  const today = useToday();
  const { form, field, problem, submit } = useApiForm({
    schema: ExpenseForm,
    mode: 'onChange',
    defaultValues: expense
      ? {
          spentAt: expense.spentAt.slice(0, 10),
          category: expense.category,
          description: expense.description,
          byMiles: expense.miles !== null,
          amount: centsToDecimal(expense.amountCents),
          miles: expense.miles === null ? '' : String(expense.miles),
        }
      : {
          spentAt: today,
          category: 'shipping_supplies',
          description: '',
          byMiles: true,
          amount: '',
          miles: '',
        },
    onSubmit: async ({ amount, miles, byMiles, ...values }) => {
      const trip = values.category === 'mileage' && byMiles;
      const saved = await save.mutateAsync({
        ...values,
        description: values.description.trim(),
        ...(trip ? { miles: milesOf(miles) } : { amountCents: checkedCents(amount), miles: null }),
      });
      const detail =
        saved.miles === null ? '' : `: ${formatMiles(saved.miles)}, ${formatMoney(saved.amountCents)}`;
      notify(`${expense ? 'Expense saved' : 'Expense added'}${detail}`);
      onClose();
    },
  });
  const { register, watch, setValue, formState } = form;
  const errors = formState.errors;
  const [category, byMiles, miles, spentAt] = watch(['category', 'byMiles', 'miles', 'spentAt']);
  const trip = category === 'mileage' && byMiles;
  const rate = useMileageRate(spentAt || today);
  const tenths = milesToTenths(milesOf(miles));
  const preview = trip && tenths !== null && tenths > 0 ? mileageAmountCents(tenths, rate) : null;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <div className="grid gap-3 sm:grid-cols-2">
        <DateField label="Date" {...field('spentAt')} />
        <SelectField label="Category" {...field('category')} choices={EXPENSE_CATEGORY_LABELS} />
      </div>
      {category === 'mileage' && (
        <SegmentedChoice
          legend="Enter the mileage as"
          size="sm"
          choices={ENTRY_CHOICES}
          value={byMiles ? 'miles' : 'amount'}
          onChange={(choice) =>
            setValue('byMiles', choice === 'miles', { shouldValidate: true, shouldDirty: true })
          }
        />
      )}
      {trip ? (
        <Field
          label="Miles"
          error={errors.miles?.message}
          hint={`At ${formatMileRate(rate)} a mile for ${spentAt.slice(0, 4)}: ${preview === null ? '—' : formatMoney(preview)} (rounded to the cent)`}
        >
          {(control) => (
            <input
              className={`input w-full ${errors.miles ? 'input-error' : ''}`}
              inputMode="decimal"
              placeholder="42.5"
              {...control}
              {...register('miles')}
            />
          )}
        </Field>
      ) : (
        <MoneyField label="Amount" {...field('amount')} />
      )}
      <Field label="Description" error={errors.description?.message}>
        {(control) => (
          <input
            className={`input w-full ${errors.description ? 'input-error' : ''}`}
            placeholder={trip ? 'Pickup in Dayton, round trip' : 'Box of 25 anti-static bags'}
            {...control}
            {...register('description')}
          />
        )}
      </Field>
      <div className="modal-action mt-1">
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
          {expense ? 'Save expense' : 'Add expense'}
        </button>
      </div>
    </form>
  );
}
