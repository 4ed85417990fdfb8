// The page: header (presets, lens, share), the editor, and the results.
// Each region is owned by its own module; `?embed=CHART` shows one chart only.
import { Header } from '../ui/layout/Header';
import { Notices } from '../ui/layout/Notices';
import { Editor } from '../ui/editor/Editor';
import { Headline } from '../ui/headline/Headline';
import { ChartsPanel } from '../charts/ChartsPanel';
import { DownturnLevers } from '../ui/levers/DownturnLevers';
import { ComparePanel } from '../ui/compare/ComparePanel';

export function App() {
  return (
    <div className="app">
      <a className="skip-link" href="#results">Skip to results</a>
      <Header />
      <Notices />
      <div className="layout">
        <aside className="editor-pane" aria-label="Scenario editor">
          <Editor />
        </aside>
        <main id="results" className="results-pane" tabIndex={-1}>
          <Headline />
          <ComparePanel />
          <ChartsPanel />
          <DownturnLevers />
        </main>
      </div>
    </div>
  );
}
