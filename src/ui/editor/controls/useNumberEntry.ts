// Typed numbers are applied when committed (issue 9 point 1: never compute
// with a number the user did not enter): Enter or leaving the field commits;
// Escape drops the entry and shows the value in use again. Until then the
// results keep the value in use. A refused entry keeps its text and its
// message at the field, with the value still in use.
//
// Every number input of the app goes through this hook (the editor's fields,
// team overrides, uncertainty ranges, threshold values, the savings target),
// so all of them read the reader's way (src/ui/numbers/parseNumber.ts) and
// behave the same.
import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { formatForReader, inputText, parseNumber } from '../../numbers/parseNumber';
import { toDisplay, toStored } from '../display';
import { formatPercent } from '../../format';
import { t } from '../../../i18n';
import { useLocale } from '../../../i18n/react';

export interface NumberEntryOptions {
  /** The value in use, in stored units; null or undefined: none. */
  value: number | null | undefined;
  /** Stored as a fraction, shown and typed as percent. */
  percent?: boolean;
  /** ISO code of a money field: its signs are accepted ("$250,000"). */
  currency?: string;
  /** An empty entry commits null. */
  nullable?: boolean;
  /** Applies a committed value (stored units). Returns the refusal's message, or undefined when accepted. */
  commit(value: number | null): string | undefined;
  /** Escape, or the text typed back to the value in use: forget a refusal kept elsewhere (the store's). */
  onRevert?(): void;
  /** Text that is no number was committed: keep its message elsewhere too (the store's field errors). */
  onRefuse?(message: string): void;
  /**
   * False when the refusal kept elsewhere is gone (an outside change such as
   * another preset clears the store's messages): a refused draft then retires
   * even if the value in use is the same number.
   */
  refusalKept?: boolean;
  /** Arrow keys step by this (shown units; Shift: ten steps), inside `min`…`max`, and apply at once. */
  step?: number;
  /** Bounds for the arrow keys, in shown units. */
  min?: number;
  max?: number;
}

interface Draft {
  text: string;
  /** The value in use when typing began: a change from outside (reset, preset, link) retires the draft. */
  base: unknown;
  /** The last commit's refusal. */
  error?: string;
  /** The refusal came from reading the text (not from applying the value). */
  unreadable?: boolean;
}

export interface NumberEntry {
  /** Spread on the <input>. */
  inputProps: {
    type: 'text';
    inputMode: 'decimal' | 'text';
    autoComplete: 'off';
    spellCheck: false;
    value: string;
    onChange(event: ChangeEvent<HTMLInputElement>): void;
    onBlur(): void;
    onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  };
  /** The refusal of the last commit, while its text is still in the box. */
  error: string | undefined;
  /** The refusal is the parser's: the text is no number this reader's way. */
  unreadable: boolean;
  /** The value in use as a sentence says it ("40", "30%"), or '' when there is none: for withStillUsing. */
  inUse: string;
  /** Forget the typed text (a slider moved, a reset). */
  clear(): void;
}

/** The value in use as a sentence says it (grouped, in the reader's way: "1,250,000", "30%", « 30 % »). */
export function inUseText(value: number | null | undefined, percent = false, locale?: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return percent ? formatPercent(value, 6, locale) : formatForReader(value, locale);
}

/** The text an input shows for a value in use. */
export const shownText = (value: number | null | undefined, percent = false, locale?: string) =>
  typeof value === 'number' && Number.isFinite(value) ? inputText(toDisplay(value, percent), locale) : '';

/**
 * @param signed the field takes negative numbers: phones then show a keyboard
 *   with a minus sign (their decimal keypads have none).
 */
export function useNumberEntry(options: NumberEntryOptions, signed = false): NumberEntry {
  const { value, percent = false, currency, nullable, commit, onRevert, onRefuse, refusalKept = true, step = 1, min, max } = options;
  const [draft, setDraft] = useState<Draft | null>(null);
  // The reader's locale reads and shows the numbers; a change of language re-renders the field in the new way.
  const locale = useLocale();
  const live = draft && Object.is(draft.base, value) && (draft.error === undefined || refusalKept) ? draft : null;

  const apply = () => {
    if (!live) return;
    if (live.text.trim() === shownText(value, percent, locale)) {
      // Typed back to the value in use: nothing to apply, nothing refused.
      setDraft(null);
      if (live.error) onRevert?.();
      return;
    }
    const read = parseNumber(live.text, { percent, currency, locale });
    let error: string | undefined;
    if (read.ok) error = commit(toStored(read.value, percent));
    else if (read.empty && nullable) error = commit(null);
    else {
      error = read.message;
      onRefuse?.(error);
    }
    setDraft(error === undefined ? null : { ...live, error, unreadable: !read.ok && !(read.empty && nullable) });
  };

  return {
    inputProps: {
      type: 'text',
      inputMode: signed ? 'text' : 'decimal',
      autoComplete: 'off',
      spellCheck: false,
      value: live ? live.text : shownText(value, percent, locale),
      onChange: (event) => setDraft({ text: event.target.value, base: value, error: live?.error, unreadable: live?.unreadable }),
      onBlur: apply,
      onKeyDown: (event) => {
        if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
          // A step is a deliberate, whole action (as a slider's): it applies at once.
          event.preventDefault();
          const typed = live ? parseNumber(live.text, { percent, currency, locale }) : null;
          const from = typed?.ok ? typed.value : typeof value === 'number' ? toDisplay(value, percent) : 0;
          const delta = (event.key === 'ArrowUp' ? 1 : -1) * step * (event.shiftKey ? 10 : 1);
          const next = Math.min(max ?? Infinity, Math.max(min ?? -Infinity, Number((from + delta).toPrecision(12))));
          const error = commit(toStored(next, percent));
          setDraft(error === undefined ? null : { text: inputText(next, locale), base: value, error });
        } else if (event.key === 'Enter') {
          event.preventDefault();
          apply();
        } else if (event.key === 'Escape' && live) {
          // Only when there is something to drop: otherwise Escape closes the dialog around the field.
          event.preventDefault();
          event.stopPropagation();
          setDraft(null);
          onRevert?.();
        }
      },
    },
    error: live?.error,
    unreadable: live?.unreadable === true,
    inUse: inUseText(value, percent, locale),
    clear: () => setDraft(null),
  };
}

/** A refusal with the value in use: "must be at most 50, got 100; still using 10". */
export const withStillUsing = (error: string | undefined, inUse: string) =>
  error === undefined ? undefined : inUse ? t('number.refused', { error, value: inUse }) : error;
