// The page: header (presets, lens, share), the results, and the editor.
// The results come first in the page's order (issue 9 point 3): a link opens on
// its answer, on a phone too, and a keyboard or screen reader meets the
// sentence before the editor's fields. On a wide screen the editor is drawn in
// the left column (styles.css grid areas); "Edit the scenario" in the headline
// jumps to it. Each region is owned by its own module; `?embed=CHART` shows one
// chart only.
import { lazy, Suspense } from 'react';
import { Header } from '../ui/layout/Header';
import { Notices } from '../ui/layout/Notices';
import { UpdatePrompt } from '../ui/share/UpdatePrompt';
import { PrintBrief } from '../ui/print/PrintBrief';
import { Headline } from '../ui/headline/Headline';
import { FigureSheet } from '../ui/headline/FigureSheet';
import { Conditions } from '../ui/headline/Conditions';
import { ChartsPanel } from '../charts/ChartsPanel';
import { ComparePanel } from '../ui/compare/ComparePanel';
import { UnionCompare } from '../ui/compare/UnionCompare';
import { ResultsGate } from '../ui/results/ResultsGate';
import { ResultsBoundary } from '../ui/results/ResultsBoundary';
import { useStore } from '../state/store';
import { useT } from '../i18n/react';
import { withLater } from '../i18n';
import { loadReading } from '../state/reading';

export function App() {
  const t = useT();
  return (
    <div className="app">
      <a className="skip-link" href="#results">{t('app.skipToResults')}</a>
      <Header />
      <UpdatePrompt />
      <Notices />
      <div className="layout">
        <main id="results" className="results-pane" tabIndex={-1}>
          <ResultsGate>
            <Headline />
            {/* The lens' lead chart comes right after the lead figures; what the sentence rests on, the comparison (the union's one click to it) and the other figures after it. */}
            <ChartsPanel
              afterLead={
                <>
                  <Conditions />
                  <UnionCompare />
                  <ComparePanel />
                  <FigureSheet />
                </>
              }
            />
            <Suspense fallback={<p className="levers-loading">{t('levers.loading')}</p>}>
              <DownturnLevers />
            </Suspense>
            <UncertaintyBoundary />
            <PrintBrief />
          </ResultsGate>
        </main>
        <aside id="editor" className="editor-pane" aria-label={t('app.editorRegion')} tabIndex={-1}>
          {/* On a phone the editor is below every result: a way back up. */}
          <a className="back-to-results" href="#results">{t('app.skipToResults')}</a>
          <Suspense fallback={<p className="editor-loading">{t('app.loadingEditor')}</p>}>
            <Editor />
          </Suspense>
        </aside>
      </div>
    </div>
  );
}

// Below the fold: the downturn levers (their solver) and the uncertainty panel
// (fans, tornado) load after the page, each with the later catalogue of the
// reader's language (PRODUCT.md initial-JS budget).
// The editor is a chunk of its own, fetched at once beside the first screen's code (not after it, as the
// later panels are): a link opens on its answer, and the initial JavaScript stays in its budget (PRODUCT.md).
// It comes with the schema's check its edits go through (src/state/reading.ts) and with the later messages,
// which hold its fields' words (src/locales/later), all three fetched side by side.
const Editor = lazy(withLater(() => Promise.all([import('../ui/editor/Editor'), loadReading()]).then(([m]) => ({ default: m.Editor }))));
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
