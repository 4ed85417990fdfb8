// The page: header (presets, lens, share), the editor, and the results.
// Each region is owned by its own module; `?embed=CHART` shows one chart only.
import { lazy, Suspense } from 'react';
import { Header } from '../ui/layout/Header';
import { Notices } from '../ui/layout/Notices';
import { UpdatePrompt } from '../ui/share/UpdatePrompt';
import { PrintBrief } from '../ui/print/PrintBrief';
import { Editor } from '../ui/editor/Editor';
import { Headline } from '../ui/headline/Headline';
import { ChartsPanel } from '../charts/ChartsPanel';
import { ComparePanel } from '../ui/compare/ComparePanel';
import { ResultsGate } from '../ui/results/ResultsGate';
import { ResultsBoundary } from '../ui/results/ResultsBoundary';
import { useStore } from '../state/store';
import { useT } from '../i18n/react';
import { withLater } from '../i18n';

export function App() {
  const t = useT();
  return (
    <div className="app">
      <Header />
      <UpdatePrompt />
      <Notices />
      <a className="skip-link" href="#results">{t('app.skipToResults')}</a>
      <div className="layout">
        <aside className="editor-pane" aria-label={t('app.editorRegion')}>
          <Editor />
        </aside>
        <main id="results" className="results-pane" tabIndex={-1}>
          <ResultsGate>
            <Headline />
            <ComparePanel />
            <ChartsPanel />
            <Suspense fallback={<p className="levers-loading">{t('levers.loading')}</p>}>
              <DownturnLevers />
            </Suspense>
            <UncertaintyBoundary />
            <PrintBrief />
          </ResultsGate>
        </main>
      </div>
    </div>
  );
}

// Below the fold: the downturn levers (their solver) and the uncertainty panel
// (fans, tornado) load after the page, each with the later catalogue of the
// reader's language (PRODUCT.md initial-JS budget).
const DownturnLevers = lazy(withLater(() => import('../ui/levers/DownturnLevers').then((m) => ({ default: m.DownturnLevers }))));
const UncertaintyPanel = lazy(withLater(() => import('../ui/uncertainty/UncertaintyPanel').then((m) => ({ default: m.UncertaintyPanel }))));

/** The uncertainty panel fails on its own: the figures and charts above stay. */
function UncertaintyBoundary() {
  const scenario = useStore((s) => s.scenario);
  const t = useT();
  return (
    <ResultsBoundary resetKey={scenario} what="uncertainty">
      <Suspense fallback={<p className="uncertainty-loading">{t('app.loadingUncertainty')}</p>}>
        <UncertaintyPanel />
      </Suspense>
    </ResultsBoundary>
  );
}
