import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FormAlert } from './FormAlert';

describe('FormAlert', () => {
  it('shows nothing while there is no problem', () => {
    const { container } = render(<FormAlert problem={null} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('announces the message and lists the details', () => {
    render(
      <FormAlert
        problem={{
          message: 'The body is not valid',
          details: ['listingId give exactly one of a listing, a part or a build'],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The body is not valid');
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'listingId give exactly one of a listing, a part or a build',
    );
  });

  it('takes a plain message, and can be dismissed', async () => {
    const dismiss = vi.fn();
    render(<FormAlert problem="Nothing was changed. A sold part cannot be archived" onDismiss={dismiss} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing was changed. A sold part cannot be archived',
    );
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(dismiss).toHaveBeenCalledOnce();
  });
});
