// The year of the figures (issue 9 point 4): a menu of the run's years, and a
// note on what the year is (the final one, the one a comparison differs most
// in) and what the changes are against. The choice is view state (links carry
// it as `year`); choosing the default year again clears it.
import { useId } from 'react';
import { useStore } from '../../state/store';
import { useView } from '../../state/view';
import { useFigureYear } from './useFigureYear';
import { useT } from '../../i18n/react';
import { displayTitle } from '../../i18n/presetTexts';

export function YearChoice() {
  const scenario = useStore((s) => s.scenario);
  const baseline = useStore((s) => s.baseline);
  const chosen = useView((v) => v.year);
  const year = useFigureYear();
  const id = useId();
  const t = useT();
  const finalYear = scenario.startYear + scenario.years - 1;
  const years = Array.from({ length: scenario.years }, (_, i) => scenario.startYear + i);
  const which = chosen === null ? (baseline ? 'most' : 'final') : year === finalYear ? 'final' : 'chosen';
  return (
    <p className="headline-year">
      <label htmlFor={id}>{t('headline.year.label')}</label>{' '}
      <select id={id} name="year" value={year} onChange={(e) => useView.getState().set({ year: Number(e.target.value) })}>
        {years.map((y) => (
          <option key={y} value={y}>{y}</option>
        ))}
      </select>{' '}
      <span className="headline-year-note">
        {baseline
          ? t('headline.year.noteBaseline', { which, baseline: displayTitle(baseline.title) })
          : t('headline.year.note', { which })}
      </span>
    </p>
  );
}
