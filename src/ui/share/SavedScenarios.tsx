// Saved scenarios (kept in this browser): save the current one under a name,
// open, rename or delete. Opening validates the stored scenario again; a bad
// one is named in a notice and the current scenario stays.
import { useId, useState } from 'react';
import { useStore } from '../../state/store';
import { deleteSaved, loadSaved, renameSaved, saveScenario, useSaved, type SavedItem } from '../../state/saved';
import { markDiscreteStep } from '../../state/urlSync';
import { listProblems } from '../../scenario/link/codec';
import { Modal } from './Modal';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function Item({ item, onOpen }: { item: SavedItem; onOpen(): void }) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(item.name);
  const id = useId();
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
          <label htmlFor={`${id}-name`}>New name for “{item.name}”</label>
          <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => { setName(item.name); setMode('view'); }}>Cancel</button>
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
          <span>Delete “{item.name}”?</span>
          <button type="button" className="danger" onClick={() => deleteSaved(item.id)}>Yes, delete</button>
          <button type="button" onClick={() => setMode('view')}>Keep</button>
        </span>
      ) : (
        <span className="saved-actions">
          <button type="button" onClick={onOpen} aria-label={`Open “${item.name}”`}>Open</button>
          <button type="button" onClick={() => setMode('rename')} aria-label={`Rename “${item.name}”`}>Rename</button>
          <button type="button" onClick={() => setMode('delete')} aria-label={`Delete “${item.name}”`}>Delete</button>
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

  const open = (item: SavedItem) => {
    const result = loadSaved(item.id);
    const store = useStore.getState();
    if (!result) return;
    if (!result.ok) {
      store.notify('error', `The saved scenario “${item.name}” could not be opened, so the current one stays: ${listProblems(result.errors)}.`);
      return;
    }
    markDiscreteStep();
    store.setScenario(result.scenario, null);
    onClose();
  };

  return (
    <Modal title="Saved scenarios" onClose={onClose}>
      <p className="saved-note">Kept in this browser only. To move a scenario elsewhere, copy its link or download its file.</p>
      <form
        className="saved-save"
        onSubmit={(e) => {
          e.preventDefault();
          const saved = saveScenario(name, useStore.getState().scenario);
          if (saved) setStatus(`Saved as “${saved.name}”.`);
        }}
      >
        <div className="saved-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit">Save current scenario</button>
        <span role="status" className="share-status">{status}</span>
      </form>
      {items.length === 0 ? (
        <p>No saved scenarios yet.</p>
      ) : (
        <ul className="saved-list" aria-label="Saved scenarios">
          {items.map((item) => (
            <Item key={item.id} item={item} onOpen={() => open(item)} />
          ))}
        </ul>
      )}
    </Modal>
  );
}
