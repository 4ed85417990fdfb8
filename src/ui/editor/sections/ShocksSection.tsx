// Downturn shocks: from a year on, cut one lever (tokens, salary or headcount) for good.
import { memo, useId } from 'react';
import { useStore } from '../../../state/store';
import type { Shock } from '../../../scenario/schema';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { useFocusAfterRender, useListKeys } from '../listKeys';
import { presetScenario } from '../useField';
import { Section } from './Section';

const LEVERS = [
  { value: 'tokens', text: 'Token budget' },
  { value: 'salary', text: 'Salary' },
  { value: 'headcount', text: 'Headcount' },
] as const;

const MAX_SHOCKS = 50; // schema.ts: shocks at most 50

/** A new shock: a 20% token cut two years in (or the last year of a shorter horizon). */
function newShock(): Shock {
  const { startYear, years } = useStore.getState().scenario;
  return { year: startYear + Math.min(2, years - 1), cut: 0.2, lever: 'tokens' };
}

interface CardProps {
  index: number;
  /** The preset's shock this one came from (for Reset), or null for an added one. */
  origin: number | null;
  id: string;
  onRemove(index: number): void;
}

const ShockCard = memo(function ShockCard({ index, origin, id, onRemove }: CardProps) {
  const n = index + 1;
  const f = (field: string) => ({ path: `shocks[${index}].${field}`, presetPath: origin === null ? null : `shocks[${origin}].${field}` });
  return (
    <fieldset className="card shock-card" id={id}>
      <legend>Shock {n}</legend>
      <NumberField {...f('year')} label="Shock year" hint="The cut applies from this year on." />
      <NumberField {...f('cut')} label="Cut" unit="%" percent hint="Share of the lever removed, for good." />
      <SelectField {...f('lever')} label="Lever" options={LEVERS} />
      <div className="card-actions">
        <button type="button" className="button-secondary" onClick={() => onRemove(index)}>
          Remove <span className="visually-hidden">shock {n}</span>
        </button>
      </div>
    </fieldset>
  );
});

export const ShocksSection = memo(function ShocksSection() {
  const count = useStore((s) => s.scenario.shocks.length);
  const atPreset = useStore((s) => presetScenario(s.presetId)?.shocks === s.scenario.shocks);
  const list = useListKeys(count, atPreset);
  const focus = useFocusAfterRender();
  const addId = useId();

  const add = () => {
    const key = list.insert(count);
    useStore.getState().update((s) => ({ ...s, shocks: [...s.shocks, newShock()] }));
    focus(key, true);
  };
  const remove = (index: number) => {
    list.remove(index);
    useStore.getState().update((s) => ({ ...s, shocks: s.shocks.filter((_, j) => j !== index) }));
    focus(addId);
  };

  return (
    <Section title="Shocks" open={false}>
      <p className="section-note">Cuts in a downturn: each applies from its year on.</p>
      {count === 0 && <p className="section-note">No shocks.</p>}
      {list.items.map(({ key, origin }, index) => (
        <ShockCard key={key} id={key} index={index} origin={origin} onRemove={remove} />
      ))}
      <button type="button" id={addId} className="button-secondary" onClick={add} disabled={count >= MAX_SHOCKS}>
        Add shock
      </button>
    </Section>
  );
});
