// One uncertainty range in the editor: the number's current value, its low and
// high ends (committed and kept while refused, as the editor's number fields:
// useNumberEntry.ts),
// the store's message at the range, and a remove button.
import { memo, useId } from 'react';
import { useStore } from '../../state/store';
import { formatPath, type FieldError } from '../../scenario/parse';
import { getPath } from '../../scenario/paths';
import { clean, displayText } from '../editor/display';
import { inUseText, useNumberEntry } from '../editor/controls/useNumberEntry';
import { useCurrency, withCurrency } from '../editor/useField';
import { rangeParam } from './rangeParams';
import { fieldErrorText } from '../editor/fieldError';
import { useLocale, useT } from '../../i18n/react';
import { inSentence } from '../../i18n';

type End = 0 | 1;

/** The path's error key, as parse.ts names it: `uncertainty.ranges["tokens.budget"]`. */
export const rangeErrorPath = (path: string) => formatPath(['uncertainty', 'ranges', path]);

/** Messages carry stored fractions; a percent field shows them as percent. */
export function displayRangeMessage(message: string, percent: boolean): string {
  if (!percent) return message;
  return message.replace(/(^|[\s[,(])(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)(?=[\s\],):]|$)/gi, (_, pre: string, n: string) => `${pre}${clean(Number(n) * 100)}%`);
}

function setRange(path: string, range: [number, number] | undefined) {
  return useStore.getState().update((s) => {
    const ranges = { ...s.uncertainty.ranges };
    if (range) ranges[path] = range;
    else delete ranges[path];
    return { ...s, uncertainty: { ...s.uncertainty, ranges } };
  }, rangeErrorPath(path));
}

export const RangeRow = memo(function RangeRow({ id: rowId, path, onRemove }: { id: string; path: string; onRemove(path: string): void }) {
  const range = useStore((s) => s.scenario.uncertainty.ranges[path]);
  const value = useStore((s) => getPath(s.scenario, path));
  const mode = useStore((s) => s.scenario.tokens.budgetMode);
  const error = useStore((s) => s.fieldErrors[rangeErrorPath(path)]);
  const detail = useStore((s) => s.fieldErrorDetails[rangeErrorPath(path)]);
  const t = useT();
  const locale = useLocale();
  const currency = useCurrency();
  const param = rangeParam(path, useStore.getState().scenario);
  const percent = path === 'tokens.budget' ? mode === 'shareOfSalary' : param.percent;
  const unit = withCurrency(percent && path === 'tokens.budget' ? t('unit.percentOfSalary') : param.unit, currency);
  const id = useId();
  const clearError = () => useStore.getState().clearFieldError(rangeErrorPath(path));
  // A schema error at the range has a code (fieldError.ts); the range's own checks have English messages only.
  const rangeMessage = (message: string, withCode: FieldError | undefined) => (withCode?.code ? fieldErrorText(message, withCode, percent) : displayRangeMessage(message, percent));
  // Each end commits on its own (Enter, leaving the box), with the other end as it is.
  const entryFor = (end: End) => ({
    value: range?.[end],
    percent,
    currency: unit.includes(currency) ? currency : undefined,
    commit: (typed: number | null) => {
      if (!range || typed === null) return t(end === 0 ? 'range.lowNotNumber' : 'range.highNotNumber');
      const updated: [number, number] = [range[0], range[1]];
      updated[end] = typed;
      const errors = setRange(path, updated);
      return errors.length ? rangeMessage(errors[0].message, errors[0]) : undefined;
    },
    onRevert: clearError,
  });
  const ends = [useNumberEntry(entryFor(0), true), useNumberEntry(entryFor(1), true)];
  const endError = (end: End) => {
    const { error: own, unreadable } = ends[end];
    if (own === undefined || !unreadable) return own;
    return end === 0 ? t('range.lowEnd', { error: own }) : t('range.highEnd', { error: own });
  };
  const refused = endError(0) ?? endError(1) ?? (error === undefined ? undefined : rangeMessage(error, detail));
  const shown = refused && range ? t('number.refused', { error: refused, value: t('range.span', { low: inUseText(range[0], percent, locale), high: inUseText(range[1], percent, locale) }) }) : refused;

  if (!range) return null;
  const errorId = `${id}-error`;
  const unitId = `${id}-unit`;
  return (
    <fieldset className={`card range-row${shown ? ' range-invalid' : ''}`} id={rowId}>
      <legend>{param.label}</legend>
      <p className="range-value">
        {t('range.now', { value: typeof value === 'number' ? displayText(value, percent) : '—', unit })}
      </p>
      <div className="range-ends">
        {([0, 1] as End[]).map((end) => {
          const inputId = `${id}-${end}`;
          return (
            <div className="range-end" key={end}>
              <label htmlFor={inputId}>{t(end === 0 ? 'range.low' : 'range.high')}</label>
              <input
                id={inputId}
                name={`uncertainty.ranges.${path}[${end}]`}
                {...ends[end].inputProps}
                aria-invalid={shown ? true : undefined}
                aria-describedby={[shown && errorId, unit && unitId].filter(Boolean).join(' ') || undefined}
              />
            </div>
          );
        })}
        {unit && (
          <span className="unit" id={unitId}>
            {unit}
          </span>
        )}
      </div>
      {shown && (
        <p className="field-error" id={errorId} role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('range.error', { label: param.label, error: shown })}
        </p>
      )}
      <div className="card-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            clearError();
            setRange(path, undefined);
            onRemove(path);
          }}
        >
          {t('range.remove')} <span className="visually-hidden">{t('range.remove.what', { label: inSentence(param.label) })}</span>
        </button>
      </div>
    </fieldset>
  );
});
