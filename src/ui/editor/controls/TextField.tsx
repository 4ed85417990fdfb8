// Free text (title, currency, team name, formula). Every keystroke is sent to
// the store; a refused entry stays in the box with the message beside it.
import { memo, useId, useState } from 'react';
import { useStore, fieldValue } from '../../../state/store';
import { useField } from '../useField';
import { FieldShell, describedBy, shellIds } from './FieldShell';
import { fieldErrorText } from '../fieldError';

interface Props {
  path: string;
  label: string;
  hint?: string;
  maxLength?: number;
  /** Normalise the typed text before it is stored (for example upper-case). */
  transform?: (text: string) => string;
  multiline?: boolean;
  spellCheck?: boolean;
  autoComplete?: string;
  className?: string;
  /** Where the preset holds this field, when elsewhere (a moved team); null: nowhere. */
  presetPath?: string | null;
  /** Replaces the plain set, for text that changes other fields too (a team's name); true when accepted. */
  onText?: (text: string) => boolean;
  /** The stored text as shown until the reader types (a preset's title in the reader's language). */
  display?: (stored: string) => string;
}

interface Draft {
  text: string;
  base: unknown;
  accepted: boolean;
}

export const TextField = memo(function TextField({ path, presetPath, label, hint, maxLength, transform, multiline, spellCheck, autoComplete = 'off', className, onText, display }: Props) {
  const field = useField<string>(path, presetPath);
  const ids = shellIds(useId());
  const [draft, setDraft] = useState<Draft | null>(null);
  const live = draft && Object.is(draft.base, field.value) && (draft.accepted || field.error !== undefined) ? draft : null;

  const onChange = (raw: string) => {
    const text = transform ? transform(raw) : raw;
    const accepted = onText ? onText(text) : field.set(text);
    setDraft({ text, base: accepted ? fieldValue(useStore.getState().scenario, path) : field.value, accepted });
  };
  const common = {
    id: ids.input,
    name: path,
    value: live ? live.text : display && field.value ? display(field.value) : (field.value ?? ''),
    maxLength,
    spellCheck,
    onBlur: () => { if (live?.accepted) setDraft(null); },
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': describedBy(ids, { hint: !!hint, error: !!field.error }),
  };
  return (
    <FieldShell
      ids={ids}
      label={label}
      hint={hint}
      error={field.error === undefined ? undefined : fieldErrorText(field.error, field.detail, false)}
      className={className}
      onReset={field.changed ? () => { setDraft(null); if (onText) onText(String(field.presetValue)); else field.reset(); } : undefined}
    >
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
});
