import { useState } from 'react';
import { errorMessage, isApiError } from '../lib/api';
import { useToast } from './toast';

/**
 * Which step of an item's one confirm dialog is open. A delete the server refuses (409) becomes a step
 * of its own that says why, in place, so the dialog can offer the alternative; other failures are toasts.
 */
export function useStepDialog<Step extends string>() {
  const notify = useToast();
  const [step, setStep] = useState<Step | { refused: string } | null>(null);
  const close = () => setStep(null);
  const deleteFailed = (error: unknown) => {
    if (isApiError(error) && error.status === 409) setStep({ refused: error.message });
    else {
      notify(errorMessage(error), 'error');
      close();
    }
  };
  return {
    step: typeof step === 'string' ? step : null,
    refused: step !== null && typeof step === 'object' ? step.refused : null,
    isOpen: step !== null,
    show: (next: Step) => setStep(next),
    close,
    deleteFailed,
  };
}
