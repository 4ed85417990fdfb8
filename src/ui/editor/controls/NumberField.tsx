// A number: typed entry (applied when committed, read the reader's way, kept
// as typed while refused: useNumberEntry.ts), optional slider, unit, schema
// bounds, reset to the preset's value, and the message at the field.
import { memo, useId, type ChangeEvent } from 'react';
import { useStore } from '../../../state/store';
import { boundsAt } from '../../../scenario/bounds';
import { toDisplay, toStored } from '../display';
import { useNumberEntry, withStillUsing } from './useNumberEntry';
import { useCurrency, useField, withCurrency } from '../useField';
import { FieldShell, describedBy, shellIds } from './FieldShell';
import { fieldErrorText } from '../fieldError';
import { useT } from '../../../i18n/react';
import { fromPosition, toPosition, SLIDER_STEPS, type SliderSpec } from './slider';

export interface NumberFieldProps {
  /** Field path in the scenario (`teams[0].salary`). */
  path: string;
  label: string;
  /** `{cur}` is replaced by the scenario's currency. */
  unit?: string;
  hint?: string;
  /** Stored as a fraction, shown as percent. */
  percent?: boolean;
  /** In shown units. */
  slider?: SliderSpec;
  /** An empty entry stores null (for example "same as realized"). */
  nullable?: boolean;
  placeholder?: string;
  /** False hides the reset when the preset's value means something else (another budget mode). */
  resettable?: boolean;
  /** Where the preset holds this field, when elsewhere (a moved team); null: nowhere. */
  presetPath?: string | null;
}

export const NumberField = memo(function NumberField({ path, presetPath, label, unit, hint, percent = false, slider, nullable, placeholder, resettable = true }: NumberFieldProps) {
  const field = useField<number | null>(path, presetPath);
  const currency = useCurrency();
  const ids = shellIds(useId());
  const bounds = boundsAt(path);
  const t = useT();
  const unitText = unit && withCurrency(unit, currency);
  const entry = useNumberEntry(
    {
      value: field.value,
      percent,
      // A money field (its unit names the currency) takes the currency's signs: "$250,000", "57 000 kr".
      currency: unit?.includes('{cur}') ? currency : undefined,
      nullable,
      commit: (value) => {
        const errors = useStore.getState().setField(path, value);
        if (errors.length === 0) return undefined;
        const own = errors.find((e) => e.path === path);
        return own ? fieldErrorText(own.message, own, percent) : t('fieldError.conflictsWith', { path: errors[0].path, error: fieldErrorText(errors[0].message, errors[0], false) });
      },
      onRevert: () => useStore.getState().clearFieldError(path),
      // One place for the field's message, whatever refused it: an outside change (another preset) clears it.
      onRefuse: (message) => useStore.setState((s) => ({ fieldErrors: { ...s.fieldErrors, [path]: message } })),
      refusalKept: field.error !== undefined,
      step: slider?.step ?? 1,
      min: bounds.min === undefined ? undefined : toDisplay(bounds.min, percent),
      max: bounds.max === undefined ? undefined : toDisplay(bounds.max, percent),
    },
    bounds.min === undefined || bounds.min < 0,
  );
  const storeError = field.error === undefined ? undefined : fieldErrorText(field.error, field.detail, percent);
  const error = withStillUsing(storeError, entry.inUse);

  const onSlide = (event: ChangeEvent<HTMLInputElement>) => {
    if (!slider) return;
    // A slider applies while dragged: its positions are values the user sees as they move.
    field.set(toStored(fromPosition(Number(event.target.value), slider), percent));
    entry.clear();
  };

  const shown = typeof field.value === 'number' ? toDisplay(field.value, percent) : null;

  return (
    <FieldShell
      ids={ids}
      label={label}
      hint={hint}
      error={error}
      onReset={field.changed && resettable ? () => { entry.clear(); field.reset(); } : undefined}
    >
      <div className="field-row">
        <input
          id={ids.input}
          name={path}
          {...entry.inputProps}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids, { unit: !!unitText, hint: !!hint, error: !!error })}
        />
        {unitText && <span className="unit" id={ids.unit}>{unitText}</span>}
      </div>
      {slider && (
        // A pointer shortcut for the number box above, which is the accessible
        // control: hidden from assistive technology and the tab order, so the
        // field keeps a single input reachable by its label.
        <input
          className="slider"
          type="range"
          min={0}
          max={SLIDER_STEPS}
          step={1}
          value={shown === null ? 0 : toPosition(shown, slider)}
          onChange={onSlide}
          aria-hidden="true"
          tabIndex={-1}
        />
      )}
    </FieldShell>
  );
});
