// Compare mode's panel in the results: nothing until a baseline is pinned,
// then "explain the gap" (CompareBody, loaded on first use).
import { lazy, Suspense } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n/react';
import { withLater } from '../../i18n';

const CompareBody = lazy(withLater(() => import('./CompareBody').then((m) => ({ default: m.CompareBody }))));

export function ComparePanel() {
  const pinned = useStore((s) => s.baseline !== null);
  const t = useT();
  if (!pinned) return null;
  return (
    <Suspense fallback={<p className="compare-loading">{t('gap.loading')}</p>}>
      <CompareBody />
    </Suspense>
  );
}
