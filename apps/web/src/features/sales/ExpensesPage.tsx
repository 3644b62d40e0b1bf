import { EXPENSE_CATEGORY_LABELS, type Expense, type ExpenseCreate } from '@partwise/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { Money } from '../../components/Money';
import { ActionsCell, Cell, ResponsiveTable, Row } from '../../components/ResponsiveTable';
import { EmptyState, ErrorState, PageHeader, SkeletonRows } from '../../components/states';
import { useToast } from '../../components/toast';
import { errorMessage } from '../../lib/api';
import { formatDay, formatMileRate, formatMiles } from '../../lib/format';
import { ExpenseDialog } from './ExpenseDialog';
import { expenseQueries, useDeleteExpense, useSaveExpense } from './queries';
import { RangeFilter, useRange } from './RangeFilter';
import { SalesTabs } from './SalesTabs';

export function ExpensesPage() {
  const { range } = useRange('this-month');
  const expenses = useQuery(expenseQueries.list({ ...range, page: 1 }));
  const remove = useDeleteExpense();
  const recreate = useSaveExpense(null);
  const notify = useToast();
  const [editing, setEditing] = useState<Expense | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Expense | null>(null);

  const undoDelete = (expense: Expense) =>
    recreate
      .mutateAsync(restored(expense))
      .then(() => notify('Expense restored'))
      .catch((error: unknown) => notify(errorMessage(error), 'error'));
  const doDelete = (expense: Expense) =>
    remove
      .mutateAsync(expense.id)
      .then(() =>
        notify('Expense deleted', 'success', { label: 'Undo', run: () => void undoDelete(expense) }),
      )
      .catch((error: unknown) => notify(errorMessage(error), 'error'))
      .finally(() => setDeleting(null));

  const addButton = (
    <button type="button" className="btn btn-primary btn-sm" onClick={() => setEditing('new')}>
      <Icon name="plus" className="size-4" />
      Add an expense
    </button>
  );
  return (
    <>
      <PageHeader title="Sales" description="Everything you sold and what it really earned." />
      <SalesTabs />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <RangeFilter fallback="this-month" />
        {addButton}
      </div>
      <div className="card border border-base-300 bg-base-100 max-sm:border-0 max-sm:bg-transparent">
        <div className="card-body gap-4 p-2 sm:p-4">
          {expenses.isPending ? (
            <SkeletonRows rows={3} label="Loading expenses" />
          ) : expenses.isError ? (
            <ErrorState error={expenses.error} onRetry={() => void expenses.refetch()} />
          ) : expenses.data.total === 0 ? (
            <EmptyState icon="document" title="No expenses in this period" action={addButton}>
              Shipping boxes, thermal paste, mileage to pick up a lot: what is not a part still costs money,
              and the profit and loss takes it off.
            </EmptyState>
          ) : (
            <ResponsiveTable
              caption="Expenses"
              head={['Date', 'Category', 'Description', 'Amount', '']}
              alignRight={['Amount']}
            >
              {expenses.data.items.map((expense) => (
                <Row key={expense.id}>
                  <Cell label="Date" className="whitespace-nowrap">
                    {formatDay(expense.spentAt)}
                  </Cell>
                  <Cell label="Category">{EXPENSE_CATEGORY_LABELS[expense.category]}</Cell>
                  <Cell label="Description" className="break-words">
                    {expense.description}
                    {expense.miles !== null && expense.ratePerMileTenthCents !== null && (
                      <span className="block text-xs text-base-content/60">
                        {formatMiles(expense.miles)} at {formatMileRate(expense.ratePerMileTenthCents)} a mile
                      </span>
                    )}
                  </Cell>
                  <Cell label="Amount" className="text-right">
                    <Money cents={expense.amountCents} />
                  </Cell>
                  <ActionsCell>
                    <button
                      type="button"
                      className="btn btn-ghost btn-xs"
                      aria-label={`Edit ${expense.description}`}
                      onClick={() => setEditing(expense)}
                    >
                      <Icon name="pencil" className="size-3.5" />
                    </button>
                    <button
                      type="button"
                      className="btn btn-ghost btn-xs text-error"
                      aria-label={`Delete ${expense.description}`}
                      onClick={() => setDeleting(expense)}
                    >
                      <Icon name="trash" className="size-3.5" />
                    </button>
                  </ActionsCell>
                </Row>
              ))}
              <Row className="bg-base-200/60 font-semibold">
                <Cell label="Total">Total</Cell>
                <Cell label="Count" className="max-sm:hidden">
                  {expenses.data.total} {expenses.data.total === 1 ? 'expense' : 'expenses'}
                </Cell>
                <td className="max-sm:hidden" />
                <Cell label="Amount" className="text-right">
                  <Money cents={expenses.data.totalCents} />
                </Cell>
                <td className="max-sm:hidden" />
              </Row>
            </ResponsiveTable>
          )}
        </div>
      </div>
      <ExpenseDialog expense={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.description ?? ''}”?`}
        confirmLabel="Delete"
        busy={remove.isPending}
        onConfirm={() => deleting && void doDelete(deleting)}
        onCancel={() => setDeleting(null)}
      >
        It no longer counts in the profit and loss.
      </ConfirmDialog>
    </>
  );
}

/** A deleted expense as it was entered again (a mileage one from its miles, at the rate for its year). */
function restored(expense: Expense): ExpenseCreate {
  const { spentAt, category, description, miles, amountCents } = expense;
  return miles === null
    ? { spentAt, category, description, amountCents }
    : { spentAt, category, description, miles };
}
