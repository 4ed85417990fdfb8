import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import { startUrlSync, openLink, openView } from './state/urlSync';
import { checkSavedStore } from './state/saved';
import { embedRequest } from './ui/share/embed/route';
import { EmbedView } from './ui/share/embed/EmbedView';
import { registerServiceWorker } from './ui/share/registerServiceWorker';
import { ResultsGate } from './ui/results/ResultsGate';

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
        <EmbedView chart={embed} />
      </ResultsGate>
    )}
  </StrictMode>,
);
