// A list of headline figures: label, value (data-metric / data-value, the
// PRODUCT.md contract), the change against a pinned baseline, and a one-line
// explanation; a companion (lens.ts) is a second value on one short line
// inside its figure, with its own data-metric. Stateless: the views come
// formatted from figures.ts.
import type { FigureView } from './figures';
import { useT } from '../../i18n/react';

export function FigureList({ views, lead }: { views: readonly FigureView[]; lead: boolean }) {
  const t = useT();
  return (
    <dl className={lead ? 'figure-list figure-list--lead' : 'figure-list'}>
      {views.map((f) => (
        <div key={f.name} className="figure" data-figure={f.name}>
          <dt className="figure-label">{f.label}</dt>
          <dd className="figure-value" data-metric={f.name} data-value={f.value ?? ''}>
            {f.text}
          </dd>
          {f.delta && (
            <dd className="figure-delta" data-metric-delta={f.name} data-value={f.delta.value ?? ''}>
              {f.delta.text}
              {!f.delta.same && <> <span className="figure-delta-unit">{t('figure.delta.vsBaseline')}</span></>}
            </dd>
          )}
          {f.companion && (
            <dd className="figure-companion" data-figure={f.companion.name}>
              {/* The value first: on a phone a long label is cut at the end, never the number. */}
              <span className="figure-companion-value" data-metric={f.companion.name} data-value={f.companion.value ?? ''}>
                {f.companion.text}
              </span>{' '}
              <span className="figure-companion-label">{f.companion.label}</span>
              {f.companion.delta && (
                <>
                  {' '}
                  <span className="figure-delta" data-metric-delta={f.companion.name} data-value={f.companion.delta.value ?? ''}>
                    ({f.companion.delta.text})
                  </span>
                </>
              )}
            </dd>
          )}
          <dd className="figure-explain">{f.explanation}</dd>
        </div>
      ))}
    </dl>
  );
}
