// The run's progress (for long runs): a progress bar with the samples done,
// shown only once a run has taken longer than `delayMs`, so a quick run does
// not flash it. Updates at most once a frame: the worker reports every ~10 ms.
import { useEffect, useState } from 'react';
import type { UncertaintyStatus } from '../../worker/client';
import { formatNumber } from '../format';
import { useUncertaintyClient } from './useMonteCarlo';
import { useT } from '../../i18n/react';

interface Running {
  done: number;
  total: number;
}

function useRunning(): Running | null {
  const client = useUncertaintyClient();
  const [running, setRunning] = useState<Running | null>(null);
  useEffect(() => {
    let latest: UncertaintyStatus | null = null;
    let frame: number | undefined;
    const apply = () => {
      frame = undefined;
      if (latest) setRunning(latest.state === 'running' ? { done: latest.done, total: latest.total } : null);
    };
    const unsubscribe = client.subscribe((status) => {
      latest = status;
      // The end of a run shows at once; progress waits for the next frame.
      if (status.state !== 'running' || typeof requestAnimationFrame === 'undefined') apply();
      else frame ??= requestAnimationFrame(apply);
    });
    return () => {
      unsubscribe();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [client]);
  return running;
}

export function Progress({ delayMs = 150 }: { delayMs?: number }) {
  const running = useRunning();
  const active = running !== null;
  const [shown, setShown] = useState(false);
  const t = useT();
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [active, delayMs]);
  if (!running || !shown) return null;
  const { done, total } = running;
  return (
    <div className="uncertainty-progress">
      <div
        className="uncertainty-progress-bar"
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('progress.text', { done: formatNumber(done), total: formatNumber(total) })}
      >
        <div className="uncertainty-progress-fill" style={{ width: `${total ? (100 * done) / total : 0}%` }} />
      </div>
      <span className="uncertainty-progress-text" aria-hidden="true">
        {t('progress.text', { done: formatNumber(done), total: formatNumber(total) })}
      </span>
    </div>
  );
}
