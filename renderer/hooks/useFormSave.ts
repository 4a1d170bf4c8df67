import { useState } from 'react';
import type { ApiError, Result } from '../../shared/api/result';
import { useUnsavedChanges } from '../components/FormGuard';
import type { SplitErrors } from './api-errors';

/**
 * Saving a form through the API: `saving` while the call runs; on success the value goes to
 * `onSaved`; on failure the host's messages go on their fields and the rest into `general`,
 * shown above the buttons. `split` decides which message belongs to which field. Inside a guarded
 * dialog or drawer (components/FormGuard.tsx), a form with changes is not closed without asking.
 */
export function useFormSave(
  form: { setErrors: (errors: Record<string, string>) => void; isDirty: () => boolean },
  split: (error: ApiError) => SplitErrors,
) {
  useUnsavedChanges(form.isDirty());
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);

  async function save<T>(request: () => Promise<Result<T>>, onSaved: (value: T) => void): Promise<void> {
    setSaving(true);
    setGeneral(null);
    const result = await request();
    setSaving(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const errors = split(result.error);
    form.setErrors(errors.fields);
    setGeneral(errors.general);
  }

  return { saving, general, save };
}
