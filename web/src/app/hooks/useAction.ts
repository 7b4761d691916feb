import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import type { FieldError } from '../api/client';
import { useNotifyError } from './useNotifyError';

/** Puts the server's per-field messages under the form fields they name, where there is one. */
function showFieldErrors(form: FormInstance, errors: FieldError[]): void {
  const fields = form.getFieldsError().map((field) => String(field.name[0]));
  // One message per field: the first is the most specific (the rest are e.g. "must match anyOf").
  const marked = new Map<string, string>();
  for (const error of errors) {
    const name = error.path.split(/[./[\]]/).find((segment) => fields.includes(segment));
    if (name && !marked.has(name)) marked.set(name, error.message);
  }
  form.setFields([...marked].map(([name, message]) => ({ name, errors: [message] })));
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
