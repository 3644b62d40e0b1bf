import type { CreatedToken } from '@partwise/shared';
import { useState } from 'react';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/toast';

/** The secret, shown once right after creation. */
export function NewTokenSecret({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const notify = useToast();
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied(true);
      notify('Token copied to the clipboard');
    } catch {
      notify('Copying was blocked: select the token and copy it yourself', 'error');
    }
  };

  return (
    <section
      className="flex flex-col gap-3 rounded-box border border-warning/50 bg-warning/10 p-4"
      aria-label="New token"
    >
      <div className="flex items-start gap-3">
        <Icon name="key" className="mt-0.5 size-5 shrink-0 text-warning" />
        <div>
          <p className="font-semibold">Copy your new token “{token.name}” now</p>
          <p className="text-sm text-base-content/75">
            It will not be shown again. If you lose it, revoke it and create another.
          </p>
        </div>
      </div>
      <div className="flex flex-col gap-2 md:flex-row md:items-center">
        <code
          data-testid="new-token"
          className="flex-1 rounded-field border border-base-300 bg-base-100 px-3 py-2 font-mono text-sm break-all select-all"
        >
          {token.token}
        </code>
        <div className="flex gap-2">
          <button type="button" className="btn btn-neutral flex-1" onClick={copy}>
            <Icon name={copied ? 'check' : 'copy'} className="size-4" />
            {copied ? 'Copied' : 'Copy'}
          </button>
          <button type="button" className="btn btn-ghost flex-1" onClick={onDone}>
            Done
          </button>
        </div>
      </div>
    </section>
  );
}
