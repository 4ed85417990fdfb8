// The embedded page: the scenario's title, its headline sentence, one chart and
// a link back to the full app; nothing else (PRODUCT.md: `?embed=CHART`). It
// lays itself out to fit the iframe it is given (embed.css; the chart fills the
// room left, ChartProps.fit), so no host page needs a script. As an extra it
// posts the height at which the chart would show at its natural size:
//   window.addEventListener('message', (e) => {
//     if (e.data?.type === 'tokens-or-people:height') frame.style.height = e.data.height + 'px';
//   });
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { basisOf } from '../../basis/basis';
import { useStore } from '../../../state/store';
import { frontierFor, resultFor } from '../../../state/results';
import { linkFor } from '../../../state/urlSync';
import { CHARTS } from '../../../charts/registry';
import { Notices } from '../../layout/Notices';
import { headlineFor } from '../headline';
import { EMBED_IDS, HEIGHT_MESSAGE, isChartId, isRangeEmbed } from './route';
import { useT } from '../../../i18n/react';
import { displayTitle } from '../../../i18n/presetTexts';
import { withLater } from '../../../i18n';
import './embed.css';

// The fans and the tornado need the worker client and the panel's styles: loaded only for them.
const EmbedFans = lazy(withLater(() => import('../../uncertainty/EmbedFans').then((m) => ({ default: m.EmbedFans }))));
const EmbedTornado = lazy(withLater(() => import('../../uncertainty/EmbedTornado').then((m) => ({ default: m.EmbedTornado }))));
const RANGE_BODIES = { fans: EmbedFans, tornado: EmbedTornado };

function usePostHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    let last = -1;
    const post = () => {
      // The frame's height, less the room the chart has, plus the chart's natural height.
      const body = el.querySelector<HTMLElement>('[data-natural-height]');
      const natural = Number(body?.dataset.naturalHeight);
      const height = Math.ceil(body && Number.isFinite(natural) ? el.getBoundingClientRect().height - body.clientHeight + natural : el.scrollHeight);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    post();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(post);
    observer.observe(el);
    // The chart's natural height changes with the scenario: its attribute, not its box.
    const changes = new MutationObserver(post);
    changes.observe(el, { attributes: true, attributeFilter: ['data-natural-height'], subtree: true, childList: true });
    return () => {
      observer.disconnect();
      changes.disconnect();
    };
  }, []);
  return ref;
}

export function EmbedView({ chart }: { chart: string }) {
  const scenario = useStore((s) => s.scenario);
  const presetId = useStore((s) => s.presetId);
  const lens = useStore((s) => s.lens);
  const ref = usePostHeight();
  const full = linkFor(scenario, presetId);
  const t = useT();

  if (!isChartId(chart) && !isRangeEmbed(chart)) {
    return (
      <main ref={ref} className="embed">
        <Notices />
        <p className="embed-error">{t('embed.unknown', { chart, charts: EMBED_IDS.join(', ') })}</p>
        <p className="embed-link">
          <a href={full} target="_blank" rel="noopener noreferrer">{t('embed.openApp')}</a>
        </p>
      </main>
    );
  }
  let body: ReactNode;
  if (isRangeEmbed(chart)) {
    const Body = RANGE_BODIES[chart];
    body = (
      <div className="embed-fit">
        <Suspense fallback={<p className="section-note">{t('embed.loading')}</p>}>
          <Body scenario={scenario} />
        </Suspense>
      </div>
    );
  } else {
    const { Component } = CHARTS[chart];
    body = <Component result={resultFor(scenario)} frontier={frontierFor(scenario)} scenario={scenario} basis={basisOf(presetId)} headingLevel={2} fit />;
  }
  return (
    <main ref={ref} className="embed" data-embed={chart}>
      <Notices />
      <h1 className="embed-title">{displayTitle(scenario.title)}</h1>
      <p className="embed-headline" data-testid="headline-sentence">{headlineFor(scenario, lens)}</p>
      {body}
      <p className="embed-link">
        <a href={full} target="_blank" rel="noopener noreferrer">{t('embed.explore')}</a>
      </p>
    </main>
  );
}
