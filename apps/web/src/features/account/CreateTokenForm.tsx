import { zodResolver } from '@hookform/resolvers/zod';
import { type CreatedToken, TokenCreate } from '@partwise/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/toast';
import { applyServerErrors } from '../../lib/form-errors';
import { useCreateToken } from './queries';

export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const create = useCreateToken();
  const notify = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<TokenCreate>({
    resolver: zodResolver(TokenCreate),
    mode: 'onTouched',
    defaultValues: { name: '' },
  });

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    try {
      const token = await create.mutateAsync(body);
      reset();
      onCreated(token);
      notify(`Token “${token.name}” created`);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['name']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-start sm:gap-3">
      <div className="flex-1">
        <TextField
          label="Token name"
          placeholder="e.g. Inventory sync script"
          registration={register('name')}
          error={formState.errors.name}
          hint={formError ?? undefined}
        />
      </div>
      <button type="submit" className="btn btn-primary sm:mt-8" disabled={formState.isSubmitting}>
        {formState.isSubmitting && <span className="loading loading-spinner loading-sm" />}
        Create token
      </button>
    </form>
  );
}
