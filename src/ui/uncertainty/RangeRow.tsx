// One uncertainty range in the editor: the number's current value, its low and
// high ends (typed text kept while refused, as the editor's number fields do),
// the store's message at the range, and a remove button.
import { memo, useId, useState, type ChangeEvent } from 'react';
import { useStore } from '../../state/store';
import { formatPath } from '../../scenario/parse';
import { getPath } from '../../scenario/paths';
import { clean, displayText, parseTyped, toDisplay, toStored } from '../editor/display';
import { useCurrency, withCurrency } from '../editor/useField';
import { rangeParam } from './rangeParams';
import { fieldErrorText } from '../editor/fieldError';
import { useT } from '../../i18n/react';
import { inSentence } from '../../i18n';

type End = 0 | 1;

interface Draft {
  text: string;
  /** The stored range the draft belongs to: an outside change retires it. */
  base: readonly [number, number] | undefined;
  local?: string;
}

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
  const currency = useCurrency();
  const param = rangeParam(path, useStore.getState().scenario);
  const percent = path === 'tokens.budget' ? mode === 'shareOfSalary' : param.percent;
  const unit = withCurrency(percent && path === 'tokens.budget' ? t('unit.percentOfSalary') : param.unit, currency);
  const id = useId();
  const [drafts, setDrafts] = useState<[Draft | null, Draft | null]>([null, null]);

  const live = (end: End) => {
    const d = drafts[end];
    return d && d.base === range ? d : null;
  };
  const local = live(0)?.local ?? live(1)?.local;
  // A schema error at the range has a code (fieldError.ts); the range's own checks have English messages only.
  const shown = local ?? (error === undefined ? undefined : detail?.code ? fieldErrorText(error, detail, percent) : displayRangeMessage(error, percent));

  const onChange = (end: End) => (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    const typed = parseTyped(text);
    const next = [...drafts] as typeof drafts;
    if (typed === null || !range) {
      next[end] = { text, base: range, local: t(end === 0 ? 'range.lowNotNumber' : 'range.highNotNumber') };
      setDrafts(next);
      return;
    }
    const updated: [number, number] = [range[0], range[1]];
    updated[end] = toStored(typed, percent);
    const accepted = setRange(path, updated).length === 0;
    const base = accepted ? useStore.getState().scenario.uncertainty.ranges[path] : range;
    next[end] = { text, base };
    // The other end's draft follows the accepted range (it was valid text already).
    const other = (1 - end) as End;
    if (next[other] && !next[other]!.local) next[other] = { ...next[other]!, base };
    setDrafts(next);
  };

  const onBlur = (end: End) => () => {
    const d = live(end);
    if (d && !d.local && error === undefined) {
      const next = [...drafts] as typeof drafts;
      next[end] = null;
      setDrafts(next);
    }
  };

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
          const d = live(end);
          return (
            <div className="range-end" key={end}>
              <label htmlFor={inputId}>{t(end === 0 ? 'range.low' : 'range.high')}</label>
              <input
                id={inputId}
                type="number"
                step="any"
                value={d ? d.text : String(toDisplay(range[end], percent))}
                onChange={onChange(end)}
                onBlur={onBlur(end)}
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
            useStore.getState().clearFieldError(rangeErrorPath(path));
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
