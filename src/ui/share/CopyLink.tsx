// "Copy link": the clipboard when the browser allows it; otherwise (no
// permission, an insecure page, an old browser) the link in a selected,
// read-only field with instructions to copy it by hand.
import { useEffect, useId, useRef, useState } from 'react';
import { currentLink } from '../../state/urlSync';
import { MAX_QUERY } from '../../scenario/link/encode';
import { useT } from '../../i18n/react';

type State = { kind: 'idle' } | { kind: 'copied'; link: string } | { kind: 'manual'; link: string };

export function CopyLink() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const t = useT();

  useEffect(() => {
    if (state.kind === 'manual') field.current?.select();
    if (state.kind !== 'copied' || state.link.length > MAX_QUERY) return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const link = currentLink();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setState({ kind: 'copied', link });
    } catch {
      setState({ kind: 'manual', link });
    }
  };
  const tooLong = state.kind !== 'idle' && state.link.length > MAX_QUERY;
  const warning = <span className="share-warning">{t('share.tooLong')}</span>;

  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>{t('share.copyLink')}</button>
      <span className="share-status" role="status">{state.kind === 'copied' ? t('share.copied') : ''}</span>
      {state.kind === 'copied' && tooLong && warning}
      {state.kind === 'manual' && (
        <span className="copy-fallback">
          <span className="copy-field">
            <label htmlFor={id}>{t('share.manual')}</label>
            <input id={id} ref={field} type="text" readOnly value={state.link} onFocus={(e) => e.currentTarget.select()} />
          </span>
          {tooLong && warning}
          <button type="button" onClick={() => setState({ kind: 'idle' })}>{t('share.done')}</button>
        </span>
      )}
    </span>
  );
}
