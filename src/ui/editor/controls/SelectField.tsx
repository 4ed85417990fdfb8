// A choice among the schema's options, with plain-language option texts.
import { memo, useId } from 'react';
import { useField } from '../useField';
import { FieldShell, describedBy, shellIds } from './FieldShell';
import { fieldErrorText } from '../fieldError';

export interface Option {
  value: string;
  text: string;
}

interface Props {
  path: string;
  label: string;
  options: readonly Option[];
  hint?: string;
  /** Replaces the plain set: for choices that change other fields too. */
  onChoose?: (value: string) => void;
  /** Where the preset holds this field, when elsewhere (a moved team); null: nowhere. */
  presetPath?: string | null;
}

export const SelectField = memo(function SelectField({ path, presetPath, label, options, hint, onChoose }: Props) {
  const field = useField<string>(path, presetPath);
  const ids = shellIds(useId());
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={field.error === undefined ? undefined : fieldErrorText(field.error, field.detail, false)} onReset={field.changed ? () => (onChoose ? onChoose(String(field.presetValue)) : field.reset()) : undefined}>
      <select
        id={ids.input}
        name={path}
        // No value yet (a team without a promotion): the option whose value is empty.
        value={field.value ?? ''}
        onChange={(e) => (onChoose ? onChoose(e.target.value) : field.set(e.target.value))}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(ids, { hint: !!hint, error: !!field.error })}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.text}</option>
        ))}
      </select>
    </FieldShell>
  );
});
