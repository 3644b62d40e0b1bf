import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { FormAlert } from '../components/FormAlert';
import { MoneyField } from '../components/MoneyField';
import { TextField } from '../components/TextField';
import { ApiError } from './api';
import { fieldPaths, lazySchemaResolver, type ServerNames, useApiForm } from './api-form';
import { RequiredMoneyText } from './money-input';

const ListingForm = z.object({ title: z.string().trim().min(1, 'is required'), price: RequiredMoneyText });
type Values = z.input<typeof ListingForm>;

/** A form as the app writes one: the shared rules, the labelled fields, the alert above them. */
function TestForm({
  answer,
  serverNames,
  sent,
}: {
  /** What the "server" throws, each try taking the next one (undefined: it accepted). */
  answer: unknown;
  serverNames?: ServerNames<Values>;
  sent?: Values[];
}) {
  const answers = Array.isArray(answer) ? answer : [answer];
  const { form, field, problem, submit } = useApiForm({
    schema: ListingForm,
    defaultValues: { title: 'RTX 3070', price: '350' },
    ...(serverNames ? { serverNames } : {}),
    onSubmit: async (values) => {
      sent?.push(values);
      const next = answers.shift();
      if (next) throw next;
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert problem={problem} />
      <TextField label="Title" registration={form.register('title')} error={form.formState.errors.title} />
      <MoneyField label="Price" {...field('price')} />
      <button type="submit">Save</button>
    </form>
  );
}

const refusal = (fields: Record<string, string>, message = 'The body is not valid') =>
  new ApiError('VALIDATION_FAILED', 400, message, fields);

describe('useApiForm', () => {
  it('puts the server field errors next to their fields, priceCents on price, and focuses the first', async () => {
    render(
      <TestForm answer={refusal({ title: 'is already listed', priceCents: 'must be at most 100000000' })} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Title is already listed')).toBeInTheDocument();
    expect(screen.getByText('Price must be at most 100000000')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Price')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Title')).toHaveFocus();
    // Every error found its field: nothing is said above the form.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('renames server fields the form calls otherwise', async () => {
    render(<TestForm answer={refusal({ name: 'is too long' })} serverNames={{ name: 'title' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Title is too long')).toBeInTheDocument();
  });

  it('says above the form what no field can hold, with the fields it could not place', async () => {
    render(
      <TestForm
        answer={refusal({ status: 'is not a field of a new listing; activate it', title: 'is taken' })}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The body is not valid');
    expect(alert).toHaveTextContent('status is not a field of a new listing; activate it');
    expect(screen.getByText('Title is taken')).toBeInTheDocument();
  });

  it('shows a refusal without fields, and a network failure, in the alert', async () => {
    const { unmount } = render(
      <TestForm answer={new ApiError('CONFLICT', 409, 'This part is already sold')} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This part is already sold');
    unmount();

    render(<TestForm answer={new TypeError('Failed to fetch')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch');
  });

  it('checks with the schema before anything is sent, and clears the alert on the next try', async () => {
    const sent: Values[] = [];
    render(<TestForm answer={[new ApiError('CONFLICT', 409, 'Already sold'), undefined]} sent={sent} />);
    await userEvent.clear(screen.getByLabelText('Price'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Price is required')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await userEvent.type(screen.getByLabelText('Price'), '1,234.50');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Already sold');
    expect(sent).toEqual([{ title: 'RTX 3070', price: '1,234.50' }]);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});

/** A sign-in-like form whose schema arrives from a loader, as the sign-in page's does. */
function LazyForm({ load, sent }: { load: () => Promise<typeof ListingForm>; sent: Values[] }) {
  const [resolver] = useState(() => lazySchemaResolver(load));
  const { form, field, submit } = useApiForm({
    resolver,
    defaultValues: { title: '', price: '350' },
    onSubmit: async (values) => {
      sent.push(values);
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      <TextField label="Title" registration={form.register('title')} error={form.formState.errors.title} />
      <MoneyField label="Price" {...field('price')} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('lazySchemaResolver', () => {
  it('loads the schema only when the form first checks, once, and checks with it', async () => {
    const sent: Values[] = [];
    const load = vi.fn(async () => ListingForm);
    render(<LazyForm load={load} sent={sent} />);
    expect(load).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Title is required')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await userEvent.type(screen.getByLabelText('Title'), 'RTX 3070');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toEqual([{ title: 'RTX 3070', price: '350' }]));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries the import again after it failed (a dropped connection)', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(ListingForm);
    const resolver = lazySchemaResolver<Values, z.output<typeof ListingForm>>(load);
    const options = { fields: {}, shouldUseNativeValidation: false };
    await expect(resolver({ title: '', price: '1' }, undefined, options)).rejects.toThrow('offline');
    const result = await resolver({ title: '', price: '1' }, undefined, options);
    expect(result.errors.title?.message).toBe('is required');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('fieldPaths', () => {
  it('names every field, nested and in rows, as react-hook-form does', () => {
    expect(
      fieldPaths({
        name: 'x',
        catalogPartId: null,
        specs: { socket: 'AM4' },
        parts: [{ name: 'a' }, { name: 'b' }],
      }),
    ).toEqual(['name', 'catalogPartId', 'specs.socket', 'parts.0.name', 'parts.1.name']);
  });
});
