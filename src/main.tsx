import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import { startUrlSync, openLink, openView } from './state/urlSync';
import { checkSavedStore } from './state/saved';
import { embedRequest } from './ui/share/embed/route';
import { registerServiceWorker } from './ui/share/registerServiceWorker';
import { ResultsGate } from './ui/results/ResultsGate';
import { initialLang, setLang } from './i18n';

// The reader's language first (`?lang=`, else the browser's): its catalogue is
// one small chunk, loaded before anything is written, notices included.
const { lang, explicit } = initialLang(location.search);
await setLang(lang, explicit);

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

// Only an embedded page needs the embed view: a chunk of its own.
const EmbedView = lazy(() => import('./ui/share/embed/EmbedView').then((m) => ({ default: m.EmbedView })));

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
