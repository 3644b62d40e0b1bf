import { useState } from 'react';
import { errorMessage, isApiError } from '../lib/api';
import { useToast } from './toast';

/**
 * Which step of an item's one confirm dialog is open. A delete the server refuses (409) becomes a step
 * of its own that says why, in place, so the dialog can offer the alternative; other failures are toasts.
 */
export function useStepDialog<Step extends string>() {
  type Shown = Step | { refused: string };
  const notify = useToast();
  const [isOpen, setOpen] = useState(false);
  // The step stays after closing, so the dialog keeps its words while it fades out (not the first step's).
  const [step, setStep] = useState<Shown | null>(null);
  const open = (next: Shown) => {
    setStep(next);
    setOpen(true);
  };
  const close = () => setOpen(false);
  const deleteFailed = (error: unknown) => {
    if (isApiError(error) && error.status === 409) open({ refused: error.message });
    else {
      notify(errorMessage(error), 'error');
      close();
    }
  };
  return {
    step: typeof step === 'string' ? step : null,
    refused: step !== null && typeof step === 'object' ? step.refused : null,
    isOpen,
    show: (next: Step) => open(next),
    close,
    deleteFailed,
  };
}
