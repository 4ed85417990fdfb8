// "A new version is ready": shown when the service worker has cached a newer
// release than the one running (registerServiceWorker.ts). Reloading is the
// reader's choice: an edit in progress is never lost to an automatic reload
// (and the address bar holds the scenario, so a reload keeps it).
import { useState, useSyncExternalStore } from 'react';
import { applyUpdate, subscribeUpdate, updateReady } from './registerServiceWorker';

const TEXT = {
  ready: 'A new version of Tokens or people is ready.',
  reload: 'Reload to update',
  later: 'Later',
} as const;

export function UpdatePrompt() {
  const ready = useSyncExternalStore(subscribeUpdate, updateReady, () => false);
  const [later, setLater] = useState(false);
  if (!ready || later) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{TEXT.ready}</span>
      <button type="button" onClick={applyUpdate}>{TEXT.reload}</button>
      <button type="button" className="button-secondary" onClick={() => setLater(true)}>{TEXT.later}</button>
    </div>
  );
}
