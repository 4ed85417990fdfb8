// Messages that are not tied to one field: a link whose parameters were
// ignored, a stored scenario set aside. Announced politely to screen readers.
import { useStore } from '../../state/store';
import { useT } from '../../i18n/react';
import { OpenedLink } from './OpenedLink';

export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  const t = useT();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className={`notice notice-${n.kind}`}>
          <span>{n.text}{n.openedLink && <OpenedLink link={n.openedLink} />}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={t('notice.dismiss')}>×</button>
        </p>
      ))}
    </div>
  );
}
