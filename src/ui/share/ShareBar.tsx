// The header's share bar: copy or share the link, embed a chart, download,
// open a scenario file, saved scenarios, and pin a baseline to compare with.
import { lazy, Suspense, useRef, useState } from 'react';
import { useStore } from '../../state/store';
import { currentLink, markDiscreteStep, noticeText } from '../../state/urlSync';
import { openScenario } from '../../state/openScenario';
import { listProblems } from '../../scenario/link/encode';
import { headlineFor } from './headline';
import { CopyLink } from './CopyLink';
import { DownloadMenu } from './DownloadMenu';
import { useT } from '../../i18n/react';
import { withLater, type Translate } from '../../i18n';
import type { FieldError } from '../../scenario/parse';
import { formatNumber } from '../format';

// Dialogs load when first opened: they are not needed to show the page.
const EmbedDialog = lazy(withLater(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog }))));
const SavedScenarios = lazy(withLater(() => import('./SavedScenarios').then((m) => ({ default: m.SavedScenarios }))));
// Reading a file validates it (zod, not in the first screen's code): that code loads when a file is chosen.
const scenarioFile = () => import('../../export/scenarioFile');
import './share.css';

const FILE_NOTICE = { key: 'file' };

/** Why a file did not open, in the reader's words: text that is not JSON is said plainly, with where when known; the schema's problems name their fields. */
function openFailedText(t: Translate, file: string, errors: readonly FieldError[]): string {
  const notJson = errors.find((error) => error.code === 'notJson');
  if (!notJson) return t('share.openFailed', { file, problems: listProblems(errors) });
  const { line, column } = notJson.values ?? {};
  return line === undefined || column === undefined
    ? t('share.notJson', { file })
    : t('share.notJsonAt', { file, line: formatNumber(Number(line)), column: formatNumber(Number(column)) });
}

function OpenFile() {
  const input = useRef<HTMLInputElement>(null);
  const t = useT();
  const open = async (file: File | undefined) => {
    if (!file) return;
    const store = useStore.getState();
    const files = await scenarioFile();
    const result = await files.readScenarioFile(file);
    if (input.current) input.current.value = '';
    // The schema's errors, then the formula sandbox's (issue 12): either keeps the current scenario.
    const errors = result.ok ? await openScenario(result.scenario, null, markDiscreteStep) : result.errors;
    const name = file.name.slice(0, 80);
    // One notice about the last file chosen: a retry replaces the answer to the one before (issue 9, 10b).
    if (errors.length) {
      store.notify('error', openFailedText(t, name, errors), FILE_NOTICE);
      return;
    }
    // A version 1 file says so in the same notice, as a version 1 link does, in the reader's language.
    const opened = t('share.opened', { file: name });
    const migrated = files.migrationNotice(result);
    if (migrated) store.notify(migrated.kind, `${opened} ${noticeText(migrated)}`, FILE_NOTICE);
    else store.notify('info', opened, FILE_NOTICE);
  };
  // A label styled as a button: the file input is reachable by its visible text.
  return (
    <label className="share-file button-like">
      {t('share.openFile')}
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
  const t = useT();
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return null;
  const share = async () => {
    const { scenario, lens } = useStore.getState();
    try {
      await navigator.share({ title: scenario.title, text: headlineFor(scenario, lens), url: currentLink() });
    } catch (error) {
      // Closing the share sheet is not an error.
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        useStore.getState().notify('warning', t('share.shareFailed'));
      }
    }
  };
  return <button type="button" onClick={() => void share()}>{t('share.share')}</button>;
}

function BaselineButtons() {
  const baseline = useStore((s) => s.baseline);
  const setBaseline = useStore((s) => s.setBaseline);
  const t = useT();
  return (
    <>
      <button
        type="button"
        onClick={() => setBaseline(useStore.getState().scenario)}
        title={t('share.pin.title')}
      >
        {t('share.pin')}
      </button>
      {baseline && (
        <button type="button" onClick={() => setBaseline(null)}>{t('share.clearBaseline')}</button>
      )}
    </>
  );
}

export function ShareBar() {
  const [dialog, setDialog] = useState<'embed' | 'saved' | null>(null);
  const t = useT();
  return (
    <section className="share-bar" aria-label={t('share.region')}>
      <CopyLink />
      <ShareButton />
      <button type="button" onClick={() => setDialog('embed')}>{t('share.embed')}</button>
      <DownloadMenu />
      <button type="button" onClick={() => window.print()} title={t('share.print.title')}>{t('share.print')}</button>
      <OpenFile />
      <button type="button" onClick={() => setDialog('saved')}>{t('share.saved')}</button>
      <BaselineButtons />
      <Suspense fallback={null}>
        {dialog === 'embed' && <EmbedDialog onClose={() => setDialog(null)} />}
        {dialog === 'saved' && <SavedScenarios onClose={() => setDialog(null)} />}
      </Suspense>
    </section>
  );
}
