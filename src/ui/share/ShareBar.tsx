// The header's share bar: copy or share the link, embed a chart, download,
// open a scenario file, saved scenarios, and pin a baseline to compare with.
import { lazy, Suspense, useRef, useState } from 'react';
import { useStore } from '../../state/store';
import { currentLink, markDiscreteStep } from '../../state/urlSync';
import { readScenarioFile } from '../../export/scenarioFile';
import { listProblems } from '../../scenario/link/codec';
import { headlineFor } from './headline';
import { CopyLink } from './CopyLink';
import { DownloadMenu } from './DownloadMenu';

// Dialogs load when first opened: they are not needed to show the page.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));
const SavedScenarios = lazy(() => import('./SavedScenarios').then((m) => ({ default: m.SavedScenarios })));
import './share.css';

function OpenFile() {
  const input = useRef<HTMLInputElement>(null);
  const open = async (file: File | undefined) => {
    if (!file) return;
    const store = useStore.getState();
    const result = await readScenarioFile(file);
    if (input.current) input.current.value = '';
    if (!result.ok) {
      store.notify('error', `“${file.name.slice(0, 80)}” could not be opened, so the current scenario stays: ${listProblems(result.errors)}.`);
      return;
    }
    markDiscreteStep();
    store.setScenario(result.scenario, null);
    store.notify('info', `Opened “${file.name.slice(0, 80)}”.`);
  };
  // A label styled as a button: the file input is reachable by its visible text.
  return (
    <label className="share-file button-like">
      Open scenario file…
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={(e) => void open(e.target.files?.[0])}
      />
    </label>
  );
}

function ShareButton() {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return null;
  const share = async () => {
    const { scenario, lens } = useStore.getState();
    try {
      await navigator.share({ title: scenario.title, text: headlineFor(scenario, lens), url: currentLink() });
    } catch (error) {
      // Closing the share sheet is not an error.
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        useStore.getState().notify('warning', 'Sharing did not work here; use “Copy link” instead.');
      }
    }
  };
  return <button type="button" onClick={() => void share()}>Share…</button>;
}

function BaselineButtons() {
  const baseline = useStore((s) => s.baseline);
  const setBaseline = useStore((s) => s.setBaseline);
  return (
    <>
      <button
        type="button"
        onClick={() => setBaseline(useStore.getState().scenario)}
        title="Keep the current scenario to compare later changes against"
      >
        Pin as baseline
      </button>
      {baseline && (
        <button type="button" onClick={() => setBaseline(null)}>Clear baseline</button>
      )}
    </>
  );
}

export function ShareBar() {
  const [dialog, setDialog] = useState<'embed' | 'saved' | null>(null);
  return (
    <section className="share-bar" aria-label="Share, save and compare">
      <CopyLink />
      <ShareButton />
      <button type="button" onClick={() => setDialog('embed')}>Embed…</button>
      <DownloadMenu />
      <button type="button" onClick={() => window.print()} title="A one-page brief: the sentence, figures, charts, assumptions, sources and link">Print a brief</button>
      <OpenFile />
      <button type="button" onClick={() => setDialog('saved')}>Saved…</button>
      <BaselineButtons />
      <Suspense fallback={null}>
        {dialog === 'embed' && <EmbedDialog onClose={() => setDialog(null)} />}
        {dialog === 'saved' && <SavedScenarios onClose={() => setDialog(null)} />}
      </Suspense>
    </section>
  );
}
