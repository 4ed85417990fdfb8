// The scenario editor: every field of the scenario, grouped in collapsible
// sections. Each control subscribes to its own field only, and the sections are
// memoised, so a keystroke re-renders one field, not the editor.
import { lazy, memo, Suspense } from 'react';
import { ScenarioSection } from './sections/ScenarioSection';
import { TeamsSection } from './sections/TeamsSection';
import { PaySection } from './sections/PaySection';
import { TokensSection } from './sections/TokensSection';
import { ProductivitySection } from './sections/ProductivitySection';
import { DemandSection } from './sections/DemandSection';
import { ShocksSection } from './sections/ShocksSection';
import { Section } from './sections/Section';
import { useT } from '../../i18n/react';
import { withLater } from '../../i18n';
import './editor.css';

// The Uncertainty section starts closed and is rarely opened: its code (ranges,
// their checks and words) loads right after the page, not with it (PRODUCT.md
// initial-JS budget). Until then a closed section of the same name stands in.
const loadUncertainty = withLater(() => import('../uncertainty/UncertaintySection').then((m) => ({ default: m.UncertaintySection })));
const UncertaintySection = lazy(loadUncertainty);
if (typeof window !== 'undefined') void loadUncertainty();

function UncertaintyShell() {
  const t = useT();
  return (
    <Section title={t('section.uncertainty')} open={false}>
      {null}
    </Section>
  );
}

export const Editor = memo(function Editor() {
  const t = useT();
  return (
    <div className="editor">
      {/* The hints' source tags, said once (docs/sources.md). */}
      <p className="editor-legend">{t('editor.tagLegend')}</p>
      <ScenarioSection />
      <TeamsSection />
      <TokensSection />
      <ProductivitySection />
      <DemandSection />
      <PaySection />
      <ShocksSection />
      <Suspense fallback={<UncertaintyShell />}>
        <UncertaintySection />
      </Suspense>
    </div>
  );
});
