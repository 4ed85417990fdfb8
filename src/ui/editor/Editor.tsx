// The scenario editor: every field of the scenario, grouped in collapsible
// sections. Each control subscribes to its own field only, and the sections are
// memoised, so a keystroke re-renders one field, not the editor.
import { memo } from 'react';
import { ScenarioSection } from './sections/ScenarioSection';
import { TeamsSection } from './sections/TeamsSection';
import { PaySection } from './sections/PaySection';
import { TokensSection } from './sections/TokensSection';
import { ProductivitySection } from './sections/ProductivitySection';
import { DemandSection } from './sections/DemandSection';
import { ShocksSection } from './sections/ShocksSection';
import { UncertaintySection } from '../uncertainty/UncertaintySection';
import './editor.css';

export const Editor = memo(function Editor() {
  return (
    <div className="editor">
      <ScenarioSection />
      <TeamsSection />
      <TokensSection />
      <ProductivitySection />
      <DemandSection />
      <PaySection />
      <ShocksSection />
      <UncertaintySection />
    </div>
  );
});
