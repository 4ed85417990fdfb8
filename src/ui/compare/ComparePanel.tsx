// Compare mode's panel in the results: nothing until a baseline is pinned,
// then "explain the gap" (CompareBody, loaded on first use).
import { lazy, Suspense } from 'react';
import { useStore } from '../../state/store';

const CompareBody = lazy(() => import('./CompareBody').then((m) => ({ default: m.CompareBody })));

export function ComparePanel() {
  const pinned = useStore((s) => s.baseline !== null);
  if (!pinned) return null;
  return (
    <Suspense fallback={<p className="compare-loading">Loading the comparison…</p>}>
      <CompareBody />
    </Suspense>
  );
}
