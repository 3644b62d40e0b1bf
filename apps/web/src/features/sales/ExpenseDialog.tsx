import { centsToDecimal, EXPENSE_CATEGORY_LABELS, type Expense, ExpenseCreate } from '@partwise/shared';
import { z } from 'zod';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { Modal } from '../../components/Modal';
import { MoneyField } from '../../components/MoneyField';
import { SelectField } from '../../components/SelectField';
import { useToast } from '../../components/toast';
import { useApiForm } from '../../lib/api-form';
import { checkedCents, RequiredMoneyText } from '../../lib/money-input';
import { useToday } from '../account/time-zone';
import { useSaveExpense } from './queries';

const { shape } = ExpenseCreate;
const ExpenseForm = z.object({
  spentAt: shape.spentAt,
  category: shape.category,
  description: shape.description,
  amount: RequiredMoneyText,
});

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
      ? { ...expense, spentAt: expense.spentAt.slice(0, 10), amount: centsToDecimal(expense.amountCents) }
      : { spentAt: today, category: 'shipping_supplies', description: '', amount: '' },
    onSubmit: async ({ amount, ...values }) => {
      await save.mutateAsync({
        ...values,
        description: values.description.trim(),
        amountCents: checkedCents(amount),
      });
      notify(expense ? 'Expense saved' : 'Expense added');
      onClose();
    },
  });
  const { register, formState } = form;
  const errors = formState.errors;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormAlert problem={problem} />
      <div className="grid gap-3 sm:grid-cols-2">
        <DateField label="Date" {...field('spentAt')} />
        <MoneyField label="Amount" {...field('amount')} />
      </div>
      <SelectField label="Category" {...field('category')} choices={EXPENSE_CATEGORY_LABELS} />
      <Field label="Description" error={errors.description?.message}>
        {(control) => (
          <input
            className={`input w-full ${errors.description ? 'input-error' : ''}`}
            placeholder="Box of 25 anti-static bags"
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
