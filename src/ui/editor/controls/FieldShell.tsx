// The frame every control shares: visible label, reset-to-preset button, unit,
// hint and error message, tied to the input with aria-describedby.
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/react';

export interface ShellIds {
  input: string;
  unit: string;
  hint: string;
  error: string;
}

export const shellIds = (base: string): ShellIds => ({
  input: `${base}-input`,
  unit: `${base}-unit`,
  hint: `${base}-hint`,
  error: `${base}-error`,
});

/** The ids an input's aria-describedby lists, in reading order. */
export function describedBy(ids: ShellIds, parts: { unit?: boolean; hint?: boolean; error?: boolean }): string | undefined {
  const list = [parts.error && ids.error, parts.unit && ids.unit, parts.hint && ids.hint].filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

interface Props {
  ids: ShellIds;
  label: string;
  /** Shown when the value differs from the preset's. */
  onReset?: () => void;
  hint?: string;
  error?: string;
  /** The control row (input, unit, slider). */
  children: ReactNode;
  /** For checkboxes: the label follows the box. */
  inline?: boolean;
  className?: string;
}

export function ResetButton({ label, onReset }: { label: string; onReset: () => void }) {
  const t = useT();
  return (
    <button type="button" className="reset-button" onClick={onReset} title={t('field.reset.title')}>
      <span aria-hidden="true">↺ </span>{t('field.reset')} <span className="visually-hidden">{label}</span>
    </button>
  );
}

export function FieldShell({ ids, label, onReset, hint, error, children, inline, className }: Props) {
  const t = useT();
  // DOM order label → control → reset keeps the tab order input-first; CSS
  // places the reset button at the end of the label row.
  return (
    <div className={`field${inline ? ' field-inline' : ''}${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      {inline ? children : (
        <>
          <label className="field-label" htmlFor={ids.input}>{label}</label>
          {children}
        </>
      )}
      {onReset && (
        <ResetButton
          label={label}
          onReset={() => {
            onReset();
            // The button disappears once the value is back: keep focus on the field.
            document.getElementById(ids.input)?.focus();
          }}
        />
      )}
      {error && (
        <p className="field-error" id={ids.error} role="alert">
          <span aria-hidden="true">⚠ </span>{t('field.error', { label, error })}
        </p>
      )}
      {hint && <p className="field-hint" id={ids.hint}>{hint}</p>}
    </div>
  );
}
