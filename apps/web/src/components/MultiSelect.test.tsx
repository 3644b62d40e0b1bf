import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MultiSelect } from './MultiSelect';

const COLORS = ['red', 'green', 'blue'] as const;
type Color = (typeof COLORS)[number];
const LABELS: Record<Color, string> = { red: 'Red', green: 'Green', blue: 'Blue' };

function Harness() {
  const [value, setValue] = useState<Color[]>([]);
  return <MultiSelect label="Color" options={COLORS} labels={LABELS} value={value} onChange={setValue} />;
}

describe('MultiSelect', () => {
  it('names one choice, counts several, and names them all on hover', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const button = screen.getByText('Color:').closest('summary') as HTMLElement;
    expect(button).toHaveTextContent('Color: All');

    await user.click(button);
    await user.click(screen.getByRole('checkbox', { name: 'Green' }));
    expect(button).toHaveTextContent('Color: Green');

    await user.click(screen.getByRole('checkbox', { name: 'Red' }));
    expect(button).toHaveTextContent(/^Color2$/);
    expect(button).toHaveAttribute('title', 'Color: Green, Red');

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(button).toHaveTextContent('Color: All');
    expect(button).not.toHaveAttribute('title');
  });
});
