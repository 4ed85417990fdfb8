// The editor's "Uncertainty" section (PRODUCT.md capability 7): a low and a
// high end for the numbers the user is unsure of, kept in
// scenario.uncertainty.ranges (validated by parseScenario, messages at the
// range), and the Monte Carlo's samples and seed.
import { memo, useId, useState } from 'react';
import { useStore } from '../../state/store';
import { NumberField } from '../editor/controls/NumberField';
import { Section } from '../editor/sections/Section';
import { useFocusAfterRender } from '../editor/listKeys';
import { RANGE_PARAMS, addableParams, defaultRange } from './rangeParams';
import { RangeRow, rangeErrorPath } from './RangeRow';
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
  const selected = options.some((o) => o.path === choice) ? choice : (options[0]?.path ?? '');
  if (!options.length) return <p className="section-note">Every number that can vary has a range.</p>;
  const add = () => {
    const s = useStore.getState();
    s.update((sc) => ({ ...sc, uncertainty: { ...sc.uncertainty, ranges: { ...sc.uncertainty.ranges, [selected]: defaultRange(sc, selected) } } }), rangeErrorPath(selected));
    focus(rangeRowId(selected), true);
  };
  return (
    <div className="range-add">
      <div className="field">
        <label className="field-label" htmlFor={id}>
          Add a range for
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
        Add range
      </button>
    </div>
  );
}

export const UncertaintySection = memo(function UncertaintySection() {
  const keys = useStore((s) => Object.keys(s.scenario.uncertainty.ranges).sort(byEditorOrder).join('\n'));
  const paths = keys ? keys.split('\n') : [];
  const focus = useFocusAfterRender();
  const addId = useId();
  return (
    <Section title="Uncertainty" open={false}>
      <p className="section-note">
        Give a low and a high value to the numbers you are unsure of. The results then show the range of outcomes: each of
        the samples draws every ranged number between its ends, most often near its value now (a triangular distribution).
      </p>
      {paths.length === 0 && <p className="section-note">No ranges: the results are one run.</p>}
      {paths.map((path) => (
        <RangeRow key={path} id={rangeRowId(path)} path={path} onRemove={() => focus(addId)} />
      ))}
      <AddRange id={addId} />
      <NumberField path="uncertainty.samples" label="Samples" unit="runs" hint="More samples give steadier bands and take longer (1 to 100,000)." />
      <NumberField path="uncertainty.seed" label="Seed" hint="The same seed gives the same bands on every machine." />
    </Section>
  );
});
