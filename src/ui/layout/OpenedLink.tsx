// Beside a notice about a damaged link: the address as the reader opened it,
// to copy and retry or send back to whoever shared it (issue 9, 10c). The
// address bar keeps it only until the first edit (src/state/urlSync.ts); this
// button keeps it for as long as the notice is shown. Without a clipboard,
// the link in a selected read-only field, as "Copy link" does.
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/react';

export function OpenedLink({ link }: { link: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const t = useT();
  useEffect(() => {
    if (state === 'manual') field.current?.select();
  }, [state]);
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <span className="notice-opened-link">
      {' '}{t('notice.openedLink')}{' '}
      <button type="button" className="button-secondary" onClick={() => void copy()}>{t('notice.copyOpenedLink')}</button>
      {/* The notices region is a polite live region: the confirmation is announced from it. */}
      {state === 'copied' && <span className="notice-copied">{t('share.copied')}</span>}
      {state === 'manual' && (
        <span className="copy-field">
          <label htmlFor={id}>{t('notice.openedLinkManual')}</label>
          <input id={id} ref={field} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </span>
      )}
    </span>
  );
}
