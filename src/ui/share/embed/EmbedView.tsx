// The embedded page: the scenario's title, its headline sentence, one chart and
// a link back to the full app; nothing else (PRODUCT.md: `?embed=CHART`). It
// posts its height to the host page, so an iframe can fit it without scrollbars:
//   window.addEventListener('message', (e) => {
//     if (e.data?.type === 'tokens-or-people:height') frame.style.height = e.data.height + 'px';
//   });
import { useEffect, useRef } from 'react';
import { useStore } from '../../../state/store';
import { frontierFor, resultFor } from '../../../state/results';
import { linkFor } from '../../../state/urlSync';
import { CHARTS } from '../../../charts/registry';
import { CHART_IDS } from '../../lens';
import { Notices } from '../../layout/Notices';
import { headlineFor } from '../headline';
import { HEIGHT_MESSAGE, isChartId } from './route';
import './embed.css';

function usePostHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    post();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(post);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return ref;
}

export function EmbedView({ chart }: { chart: string }) {
  const scenario = useStore((s) => s.scenario);
  const presetId = useStore((s) => s.presetId);
  const lens = useStore((s) => s.lens);
  const ref = usePostHeight();
  const full = linkFor(scenario, presetId);

  if (!isChartId(chart)) {
    return (
      <main ref={ref} className="embed">
        <Notices />
        <p className="embed-error">
          There is no chart called “{chart}”. Charts that can be embedded: {CHART_IDS.join(', ')}.
        </p>
        <p className="embed-link">
          <a href={full} target="_blank" rel="noopener noreferrer">Open the scenario in the simulator</a>
        </p>
      </main>
    );
  }
  const { Component } = CHARTS[chart];
  return (
    <main ref={ref} className="embed" data-embed={chart}>
      <Notices />
      <h1 className="embed-title">{scenario.title}</h1>
      <p className="embed-headline" data-testid="headline-sentence">{headlineFor(scenario, lens)}</p>
      <Component result={resultFor(scenario)} frontier={frontierFor(scenario)} scenario={scenario} headingLevel={2} />
      <p className="embed-link">
        <a href={full} target="_blank" rel="noopener noreferrer">Explore and change this scenario in Tokens or people ↗</a>
      </p>
    </main>
  );
}
