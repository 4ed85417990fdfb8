// Downturn shocks (MODEL.md §4): a token or salary cut lasts from its year on;
// a headcount cut is an event (v2), people laid off in its year, after which the
// headcount policy acts on the smaller team. The lever values are the schema's.
import { memo, useId } from 'react';
import { useStore } from '../../../state/store';
import type { Shock } from '../../../scenario/schema';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { useFocusAfterRender, useListKeys } from '../listKeys';
import { presetScenario } from '../useField';
import { Section } from './Section';
import { useT } from '../../../i18n/react';
import type { Translate } from '../../../i18n';

const levers = (t: Translate) => [
  { value: 'tokens', text: t('lever.tokens') },
  { value: 'salary', text: t('lever.salary') },
  { value: 'headcount', text: t('lever.headcount') },
];

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
  const t = useT();
  const f = (field: string) => ({ path: `shocks[${index}].${field}`, presetPath: origin === null ? null : `shocks[${origin}].${field}` });
  return (
    <fieldset className="card shock-card" id={id}>
      <legend>{t('shock.legend', { n })}</legend>
      <NumberField {...f('year')} label={t('field.shockYear')} hint={t('hint.shockYear')} />
      <NumberField {...f('cut')} label={t('field.cut')} unit="%" percent hint={t('hint.cut')} />
      <SelectField {...f('lever')} label={t('field.lever')} options={levers(t)} />
      <div className="card-actions">
        <button type="button" className="button-secondary" onClick={() => onRemove(index)}>
          {t('action.remove')} <span className="visually-hidden">{t('shock.name', { n })}</span>
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
  const t = useT();

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
    <Section title={t('section.shocks')} open={false}>
      <p className="section-note">{t('shocks.note')}</p>
      {count === 0 && <p className="section-note">{t('shocks.none')}</p>}
      {list.items.map(({ key, origin }, index) => (
        <ShockCard key={key} id={key} index={index} origin={origin} onRemove={remove} />
      ))}
      <button type="button" id={addId} className="button-secondary" onClick={add} disabled={count >= MAX_SHOCKS}>
        {t('shocks.add')}
      </button>
    </Section>
  );
});
