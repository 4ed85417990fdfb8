// The scenario's currency (issue 10, part 4). Typing a new code changes
// nothing yet: the field offers the choice, to convert every amount at the
// ECB reference rate (src/scenario/currency.ts; the rate and its date go into
// the sources) or to relabel the same numbers. Either way the result is an
// ordinary scenario, so the link carries it. Escape or Cancel keeps the old code.
import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../../../state/store';
import { useLocale, useT } from '../../../i18n/react';
import { parseScenario } from '../../../scenario/parse';
import { ECB_RATES, canConvert, convert, describeRate, formulasWithMoney } from '../../../scenario/currency';
import { useField } from '../useField';
import { FieldShell, describedBy, shellIds } from '../controls/FieldShell';

import './currency.css';

const CODE = /^[A-Z]{3}$/;

/** 21 October 2025, from an ISO date, the reader's way. */
function formatDay(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const CurrencyField = memo(function CurrencyField() {
  const t = useT();
  const locale = useLocale();
  const rate = (from: string, to: string) => describeRate(from, to, undefined, locale);
  const field = useField<string>('currency');
  const ids = shellIds(useId());
  const groupId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The code being typed, until the choice is made (null: the scenario's own).
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const from = field.value;
  const to = draft !== null && CODE.test(draft) && draft !== from ? draft : null;
  const invalid = draft !== null && draft !== '' && !CODE.test(draft) ? t('currency.invalid') : undefined;

  const done = (message: string) => {
    setDraft(null);
    setStatus(message);
    input.current?.focus();
  };
  const onConvert = () => {
    if (!to) return;
    const result = parseScenario(convert(useStore.getState().scenario, to));
    if (!result.ok) return; // convert() keeps every field within bounds; a refusal would be a bug
    useStore.getState().setScenario(result.scenario);
    done(t('currency.converted', { from, to, rate: rate(from, to) }));
  };
  const onRelabel = () => {
    if (!to) return;
    if (field.set(to)) done(t('currency.relabelled', { from, to }));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      done('');
    }
  };
  const convertible = to !== null && canConvert(from, to);
  const formulas = to ? formulasWithMoney(useStore.getState().scenario).length : 0;

  return (
    <div className="currency-field" onKeyDown={onKeyDown}>
      <FieldShell
        ids={ids}
        label={t('field.currency')}
        hint={t('hint.currency')}
        error={invalid ?? field.error}
        onReset={field.changed && draft === null ? () => field.reset() : undefined}
      >
        <input
          ref={input}
          id={ids.input}
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={3}
          value={draft ?? from}
          aria-invalid={invalid || field.error ? true : undefined}
          aria-describedby={[to ? groupId : null, describedBy(ids, { hint: true, error: !!(invalid ?? field.error) })].filter(Boolean).join(' ') || undefined}
          aria-controls={to ? groupId : undefined}
          onChange={(e) => {
            setStatus('');
            const text = e.target.value.toUpperCase().trim();
            setDraft(text === from ? null : text);
          }}
        />
      </FieldShell>
      {to && (
        <div className="currency-choice" role="group" id={groupId} aria-label={t('currency.groupLabel', { from, to })}>
          <p>{convertible ? t('currency.offer', { from, to, rate: rate(from, to), day: formatDay(ECB_RATES.date, locale) }) : t('currency.noRate', { from, to })}</p>
          {convertible && formulas > 0 && <p>{t('currency.formulas', { n: formulas })}</p>}
          <div className="currency-choice-buttons">
            {convertible && (
              <button type="button" className="button-secondary" onClick={onConvert}>{t('currency.convert', { to })}</button>
            )}
            <button type="button" className="button-secondary" onClick={onRelabel}>{t('currency.relabel', { to })}</button>
            <button type="button" className="button-secondary" onClick={() => done('')}>{t('currency.cancel')}</button>
          </div>
        </div>
      )}
      <p className="currency-status" aria-live="polite">{status}</p>
    </div>
  );
});
