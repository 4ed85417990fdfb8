import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import { startUrlSync, openLink, openView, prepareLink, loadFailedNotice } from './state/urlSync';
import { hasSavedScenarios } from './state/savedKey';
import { embedRequest } from './ui/share/embed/route';
import { registerServiceWorker } from './ui/share/registerServiceWorker';
import { ResultsGate } from './ui/results/ResultsGate';
import { initialLang, setLang } from './i18n';

// Only an embedded page needs the embed view: a chunk of its own.
const EmbedView = lazy(() => import('./ui/share/embed/EmbedView').then((m) => ({ default: m.EmbedView })));

// An async function, not top-level await: the chunks awaited here (the presets,
// the scenario reader) import this entry chunk's modules, and would wait
// forever for an entry that waits for them.
async function start() {
  // The reader's language first (`?lang=`, else the browser's): its catalogue is
  // one small chunk, loaded before anything is written, notices included. Beside
  // it, what the link needs (src/state/urlSync.ts prepareLink: the presets it
  // names, the link reader unless it is a preset as it is), so that it opens on
  // its own numbers at the first render; and the saved scenarios' code when any
  // are stored, so that a damaged store is reported at once. Each is a chunk of
  // its own (PRODUCT.md initial-JS budget), fetched side by side.
  const { lang, explicit } = initialLang(location.search);
  const embed = embedRequest(location.search);
  const [, linkFailure, saved] = await Promise.all([
    setLang(lang, explicit),
    prepareLink(location.search),
    // Not loaded (offline before it was cached): the list's own dialog says so when opened.
    embed === null && hasSavedScenarios() ? import('./state/saved').catch(() => undefined) : undefined,
  ]);
  loadFailedNotice(linkFailure);

  // The address bar holds the scenario: open it before the first render. An
  // embedded chart only reads its link; the full app keeps the two in step.
  if (embed === null) {
    startUrlSync();
    saved?.checkSavedStore();
  } else {
    openLink(location.search);
    openView(location.search);
  }
  registerServiceWorker();

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {embed === null ? (
        <App />
      ) : (
        // An embedded chart simulates too: a custom curve waits for the formula engine.
        <ResultsGate>
          <Suspense fallback={null}>
            <EmbedView chart={embed} />
          </Suspense>
        </ResultsGate>
      )}
    </StrictMode>,
  );
}

void start();
