import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import { startUrlSync, openLink, openView, prepareLink } from './state/urlSync';
import { checkSavedStore } from './state/saved';
import { embedRequest } from './ui/share/embed/route';
import { registerServiceWorker } from './ui/share/registerServiceWorker';
import { ResultsGate } from './ui/results/ResultsGate';
import { initialLang, setLang } from './i18n';

// Only an embedded page needs the embed view: a chunk of its own.
const EmbedView = lazy(() => import('./ui/share/embed/EmbedView').then((m) => ({ default: m.EmbedView })));

// An async function, not top-level await: the chunks awaited here (the presets)
// import this entry chunk's modules, and would wait forever for an entry that
// waits for them.
async function start() {
  // The reader's language first (`?lang=`, else the browser's): its catalogue is
  // one small chunk, loaded before anything is written, notices included. Beside
  // it, the presets a link names, when it names any but the default (a chunk of
  // their own): the link then opens on its own numbers at the first render.
  const { lang, explicit } = initialLang(location.search);
  await Promise.all([setLang(lang, explicit), prepareLink(location.search)]);

  // The address bar holds the scenario: open it before the first render. An
  // embedded chart only reads its link; the full app keeps the two in step.
  const embed = embedRequest(location.search);
  if (embed === null) {
    startUrlSync();
    checkSavedStore();
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
