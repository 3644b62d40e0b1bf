import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ToastAction, ToastProvider, useToast } from './toast';

function Trigger({ action }: { action?: ToastAction }) {
  const notify = useToast();
  return (
    <button type="button" onClick={() => notify('Expense deleted', 'success', action)}>
      Delete
    </button>
  );
}

afterEach(() => vi.useRealTimers());

describe('toasts', () => {
  it('offer their action once, then close', async () => {
    const undo = vi.fn();
    const user = userEvent.setup();
    render(
      <ToastProvider>
        <Trigger action={{ label: 'Undo', run: undo }} />
      </ToastProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('status')).toHaveTextContent('Expense deleted');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).not.toHaveTextContent('Expense deleted');
  });

  it('leave longer to reach for the action than a plain confirmation', () => {
    vi.useFakeTimers();
    render(
      <ToastProvider>
        <Trigger />
        <Trigger action={{ label: 'Undo', run: () => {} }} />
      </ToastProvider>,
    );
    const [plain, withUndo] = screen.getAllByRole('button', { name: 'Delete' });
    act(() => plain?.click());
    act(() => withUndo?.click());
    expect(screen.getAllByText('Expense deleted')).toHaveLength(2);
    act(() => vi.advanceTimersByTime(5000));
    expect(screen.getAllByText('Expense deleted')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(4000));
    expect(screen.queryByText('Expense deleted')).not.toBeInTheDocument();
  });
});
