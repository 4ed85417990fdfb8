// A number: typed entry (kept as typed while invalid), optional slider, unit,
// schema bounds, reset to the preset's value, and the store's message at the field.
import { memo, useId, useState, type ChangeEvent } from 'react';
import { useStore, fieldValue } from '../../../state/store';
import { boundsAt } from '../../../scenario/bounds';
import { displayText, parseTyped, toDisplay, toStored } from '../display';
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

/** What the user typed, kept until it is accepted and the field loses focus. */
interface Draft {
  text: string;
  /** The stored value the draft belongs to; an outside change retires the draft. */
  base: unknown;
  accepted: boolean;
  /** A message for text that is not a number at all (the store never sees it). */
  local?: string;
  /**
   * The field lost focus with this text. "-" and "1e" are steps on the way to
   * "-5" and "1e6": their message waits for the blur instead of flashing.
   */
  left?: boolean;
}

export const NumberField = memo(function NumberField({ path, presetPath, label, unit, hint, percent = false, slider, nullable, placeholder, resettable = true }: NumberFieldProps) {
  const field = useField<number | null>(path, presetPath);
  const currency = useCurrency();
  const ids = shellIds(useId());
  const [draft, setDraft] = useState<Draft | null>(null);
  const bounds = boundsAt(path);
  const t = useT();

  const live = draft && Object.is(draft.base, field.value) && (draft.accepted || draft.local !== undefined || field.error !== undefined) ? draft : null;
  const local = live?.left ? live.local : undefined;
  const error = local ?? (field.error === undefined ? undefined : fieldErrorText(field.error, field.detail, percent));

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    const typed = parseTyped(text);
    if (typed === null && !(nullable && text.trim() === '')) {
      setDraft({ text, base: field.value, accepted: false, local: t('fieldError.notNumber') });
      return;
    }
    const accepted = field.set(typed === null ? null : toStored(typed, percent));
    const base = accepted ? fieldValue(useStore.getState().scenario, path) : field.value;
    setDraft({ text, base, accepted });
  };

  const onSlide = (event: ChangeEvent<HTMLInputElement>) => {
    if (!slider) return;
    field.set(toStored(fromPosition(Number(event.target.value), slider), percent));
    setDraft(null);
  };

  const shown = typeof field.value === 'number' ? toDisplay(field.value, percent) : null;
  const scale = (x: number | undefined) => (x === undefined ? undefined : toDisplay(x, percent));
  const unitText = unit && withCurrency(unit, currency);

  return (
    <FieldShell
      ids={ids}
      label={label}
      hint={hint}
      error={error}
      onReset={field.changed && resettable ? () => { setDraft(null); field.reset(); } : undefined}
    >
      <div className="field-row">
        <input
          id={ids.input}
          type="number"
          step="any"
          min={scale(bounds.min)}
          max={scale(bounds.max)}
          value={live ? live.text : displayText(field.value, percent)}
          placeholder={placeholder}
          onChange={onChange}
          onBlur={() => {
            if (live?.accepted) setDraft(null);
            else if (live?.local) setDraft({ ...live, left: true });
          }}
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
