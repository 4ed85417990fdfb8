// A yes/no field as a checkbox whose label follows the box.
import { memo, useId } from 'react';
import { useField } from '../useField';
import { FieldShell, describedBy, shellIds } from './FieldShell';
import { fieldErrorText } from '../fieldError';

interface Props {
  path: string;
  label: string;
  hint?: string;
  /** Where the preset holds this field, when elsewhere (a moved team); null: nowhere. */
  presetPath?: string | null;
}

export const ToggleField = memo(function ToggleField({ path, presetPath, label, hint }: Props) {
  const field = useField<boolean>(path, presetPath);
  const ids = shellIds(useId());
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={field.error === undefined ? undefined : fieldErrorText(field.error, field.detail, false)} inline onReset={field.changed ? field.reset : undefined}>
      <label className="toggle" htmlFor={ids.input}>
        <input
          id={ids.input}
          name={path}
          type="checkbox"
          checked={field.value === true}
          onChange={(e) => field.set(e.target.checked)}
          aria-describedby={describedBy(ids, { hint: !!hint, error: !!field.error })}
        />
        <span>{label}</span>
      </label>
    </FieldShell>
  );
});
