// Saved scenarios (kept in this browser): save the current one under a name,
// open, rename or delete. Opening validates the stored scenario again; a bad
// one is named in a notice and the current scenario stays.
import { useId, useState } from 'react';
import { useStore } from '../../state/store';
import { deleteSaved, loadSaved, renameSaved, saveScenario, useSaved, type SavedItem } from '../../state/saved';
import { markDiscreteStep, noticeText } from '../../state/urlSync';
import { migrationNotice } from '../../export/scenarioFile';
import { openScenario } from '../../state/openScenario';
import { listProblems } from '../../scenario/link/encode';
import { Modal } from './Modal';
import { readerLocale } from '../../i18n';
import { useT } from '../../i18n/react';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(readerLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

function Item({ item, onOpen }: { item: SavedItem; onOpen(): void }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(item.name);
  const id = useId();
  const t = useT();
  if (mode === 'rename') {
    return (
      <li className="saved-item">
        <form
          className="saved-rename"
          onSubmit={(e) => {
            e.preventDefault();
            if (renameSaved(item.id, name)) setMode('view');
          }}
        >
          <label htmlFor={`${id}-name`}>{t('saved.newName', { name: item.name })}</label>
          <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="submit">{t('saved.saveName')}</button>
          <button type="button" onClick={() => { setName(item.name); setMode('view'); }}>{t('saved.cancel')}</button>
        </form>
      </li>
    );
  }
  return (
    <li className="saved-item">
      <span className="saved-name">{item.name}</span>
      <span className="saved-when">{when(item.savedAt)}</span>
      {mode === 'delete' ? (
        <span className="saved-actions">
          <span>{t('saved.confirmDelete', { name: item.name })}</span>
          <button type="button" className="danger" onClick={() => deleteSaved(item.id)}>{t('saved.yesDelete')}</button>
          <button type="button" onClick={() => setMode('view')}>{t('saved.keep')}</button>
        </span>
      ) : (
        <span className="saved-actions">
          <button type="button" onClick={onOpen} aria-label={t('saved.openNamed', { name: item.name })}>{t('saved.open')}</button>
          <button type="button" onClick={() => setMode('rename')} aria-label={t('saved.renameNamed', { name: item.name })}>{t('saved.rename')}</button>
          <button type="button" onClick={() => setMode('delete')} aria-label={t('saved.deleteNamed', { name: item.name })}>{t('saved.delete')}</button>
        </span>
      )}
    </li>
  );
}

export function SavedScenarios({ onClose }: { onClose(): void }) {
  const items = useSaved();
  const title = useStore((s) => s.scenario.title);
  const [name, setName] = useState(title);
  const [status, setStatus] = useState('');
  const id = useId();
  const t = useT();

  const open = async (item: SavedItem) => {
    const result = loadSaved(item.id);
    const store = useStore.getState();
    if (!result) return;
    // The schema's errors, then the formula sandbox's (issue 12).
    const errors = result.ok ? await openScenario(result.scenario, null, markDiscreteStep) : result.errors;
    if (errors.length) {
      store.notify('error', t('saved.openFailed', { name: item.name, problems: listProblems(errors) }));
      return;
    }
    // One saved under version 1 says so, as a version 1 file or link does.
    const migrated = migrationNotice(result);
    if (migrated) store.notify(migrated.kind, noticeText(migrated));
    onClose();
  };

  return (
    <Modal title={t('saved.title')} onClose={onClose}>
      <p className="saved-note">{t('saved.note')}</p>
      <form
        className="saved-save"
        onSubmit={(e) => {
          e.preventDefault();
          const saved = saveScenario(name, useStore.getState().scenario);
          if (saved) setStatus(t('saved.savedAs', { name: saved.name }));
        }}
      >
        <div className="saved-field">
          <label htmlFor={`${id}-name`}>{t('saved.name')}</label>
          <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit">{t('saved.save')}</button>
        <span role="status" className="share-status">{status}</span>
      </form>
      {items.length === 0 ? (
        <p>{t('saved.none')}</p>
      ) : (
        <ul className="saved-list" aria-label={t('saved.title')}>
          {items.map((item) => (
            <Item key={item.id} item={item} onOpen={() => void open(item)} />
          ))}
        </ul>
      )}
    </Modal>
  );
}
