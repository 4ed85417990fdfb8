// The union lens' one-click comparison (issue 9 point 4): "no layoffs" against
// "layoffs". The current scenario becomes its no-layoffs version (attrition
// only: MODEL.md's `policy.layoffs` false) and its layoffs version is pinned as
// the baseline, so every change reads as what a no-layoffs agreement keeps
// (+24 engineers in 2027), in the year the two differ most (useFigureYear).
// The baseline's title says which it is. docs/model.md records the choice.
import { useStore } from '../../state/store';
import { useView } from '../../state/view';
import { useT } from '../../i18n/react';
import { displayTitle } from '../../i18n/presetTexts';
import { t as translate } from '../../i18n';
import { loadReading, readingReady } from '../../state/reading';

export function compareLayoffs(): void {
  const store = useStore.getState();
  // The change is checked as an edit is (src/state/reading.ts): that code is in before the button is pressed but for the first moment.
  if (!readingReady()) {
    loadReading().then(compareLayoffs, (error: unknown) => store.notify('error', translate('notice.loadFailed', { reason: error instanceof Error ? error.message : String(error) })));
    return;
  }
  const current = store.scenario;
  // Within the schema's 200 characters however long the scenario's own title.
  const title = displayTitle(current.title).slice(0, 160);
  const withLayoffs = { ...current, title: translate('compare.union.baselineTitle', { title }), policy: { ...current.policy, layoffs: true } };
  if (current.policy.layoffs) store.update((s) => ({ ...s, policy: { ...s.policy, layoffs: false } }), 'policy.layoffs');
  store.setBaseline(withLayoffs);
  // The comparison opens on the year the two differ most.
  useView.getState().set({ year: null });
}

export function UnionCompare() {
  const lens = useStore((s) => s.lens);
  const t = useT();
  if (lens !== 'union') return null;
  return (
    <p className="union-compare">
      <button type="button" className="button-secondary" onClick={compareLayoffs}>
        {t('compare.union.button')}
      </button>
    </p>
  );
}
