// "A new version is ready": shown when the service worker has cached a newer
// release than the one running (registerServiceWorker.ts). Reloading is the
// reader's choice: an edit in progress is never lost to an automatic reload
// (and the address bar holds the scenario, so a reload keeps it).
import { useState, useSyncExternalStore } from 'react';
import { applyUpdate, subscribeUpdate, updateReady } from './registerServiceWorker';
import { useT } from '../../i18n/react';

export function UpdatePrompt() {
  const ready = useSyncExternalStore(subscribeUpdate, updateReady, () => false);
  const [later, setLater] = useState(false);
  const t = useT();
  if (!ready || later) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('update.ready')}</span>
      <button type="button" onClick={applyUpdate}>{t('update.reload')}</button>
      <button type="button" className="button-secondary" onClick={() => setLater(true)}>{t('update.later')}</button>
    </div>
  );
}
