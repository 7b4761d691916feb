import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import type { FieldError } from '../api/client';
import { useNotifyError } from './useNotifyError';

/** Puts the server's per-field messages under the form fields they name, where there is one. */
function showFieldErrors(form: FormInstance, errors: FieldError[]): void {
  const fields = Object.keys(form.getFieldsValue());
  const marked = errors.flatMap((error) => {
    const name = error.path.split(/[./[\]]/).find((segment) => fields.includes(segment));
    return name ? [{ name, errors: [error.message] }] : [];
  });
  form.setFields(marked);
}

/**
 * Runs a user-triggered change (save, delete, ...). Failures are shown, never thrown, so callers
 * write only the happy path; the boolean tells them whether it worked.
 */
export function useAction(): {
  run: (work: () => Promise<void>, form?: FormInstance) => Promise<boolean>;
  busy: boolean;
} {
  const notifyError = useNotifyError();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (work: () => Promise<void>, form?: FormInstance) => {
      setBusy(true);
      try {
        await work();
        return true;
      } catch (error) {
        notifyError(error);
        if (form && error instanceof ApiError) showFieldErrors(form, error.errors);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [notifyError],
  );
  return { run, busy };
}
