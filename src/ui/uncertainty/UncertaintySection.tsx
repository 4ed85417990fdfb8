// The editor's "Uncertainty" section (PRODUCT.md capability 7): a low and a
// high end for the numbers the user is unsure of, kept in
// scenario.uncertainty.ranges (validated by parseScenario, messages at the
// range), and the Monte Carlo's samples and seed.
import { memo, useId, useState } from 'react';
import { useStore } from '../../state/store';
import { NumberField } from '../editor/controls/NumberField';
import { Section } from '../editor/sections/Section';
import { useFocusAfterRender } from '../editor/listKeys';
import { RANGE_PARAMS, addableParams } from './rangeParams';
import { defaultRange } from './defaultRange';
import { RangeRow, rangeErrorPath } from './RangeRow';
import { formatNumber } from '../format';
import { useT } from '../../i18n/react';
import './uncertainty.css';

const ORDER = new Map(RANGE_PARAMS.map((p, i) => [p.path, i]));
const byEditorOrder = (a: string, b: string) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99) || (a < b ? -1 : a > b ? 1 : 0);

/** The element id of a range's fieldset (focus moves to a new range's Low field). */
export const rangeRowId = (path: string) => `range-${path}`;

function AddRange({ id }: { id: string }) {
  const scenario = useStore((s) => s.scenario);
  const options = addableParams(scenario);
  const [choice, setChoice] = useState('');
  const focus = useFocusAfterRender();
  const t = useT();
  const selected = options.some((o) => o.path === choice) ? choice : (options[0]?.path ?? '');
  if (!options.length) return <p className="section-note">{t('range.allRanged')}</p>;
  const add = () => {
    const s = useStore.getState();
    s.update((sc) => ({ ...sc, uncertainty: { ...sc.uncertainty, ranges: { ...sc.uncertainty.ranges, [selected]: defaultRange(sc, selected) } } }), rangeErrorPath(selected));
    focus(rangeRowId(selected), true);
  };
  return (
    <div className="range-add">
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {t('range.addFor')}
        </label>
        <select id={id} value={selected} onChange={(e) => setChoice(e.target.value)}>
          {options.map((o) => (
            <option key={o.path} value={o.path}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button-secondary" onClick={add}>
        {t('range.add')}
      </button>
    </div>
  );
}

export const UncertaintySection = memo(function UncertaintySection() {
  const keys = useStore((s) => Object.keys(s.scenario.uncertainty.ranges).sort(byEditorOrder).join('\n'));
  const paths = keys ? keys.split('\n') : [];
  const focus = useFocusAfterRender();
  const addId = useId();
  const t = useT();
  return (
    <Section title={t('section.uncertainty')} open={false}>
      <p className="section-note">{t('range.note')}</p>
      {paths.length === 0 && <p className="section-note">{t('range.none')}</p>}
      {paths.map((path) => (
        <RangeRow key={path} id={rangeRowId(path)} path={path} onRemove={() => focus(addId)} />
      ))}
      <AddRange id={addId} />
      <NumberField path="uncertainty.samples" label={t('field.samples')} unit={t('unit.runs')} hint={t('hint.samples', { max: formatNumber(100_000) })} />
      <NumberField path="uncertainty.seed" label={t('field.seed')} hint={t('hint.seed')} />
    </Section>
  );
});
