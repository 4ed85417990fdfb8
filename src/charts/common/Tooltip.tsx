// The reading at the cursor: every series' value for that year (and the
// baseline's, when comparing). HTML over the SVG, so it never lands in a
// download; a polite live region, so keyboard users hear each step.
import type { TooltipModel } from './yearChart';
import { useT } from '../../i18n/react';

interface TooltipProps {
  model: TooltipModel | null;
  /** Cursor position as a fraction of the chart's width. */
  at: number;
  /** Distance from the top of the chart, in pixels. */
  top: number;
  /** Narrow charts: the reading goes under the plot, full width, so it hides no data. */
  below: boolean;
}

export function Tooltip({ model, at, top, below }: TooltipProps) {
  // Flip to the cursor's left on the right half so the box stays inside the chart.
  const side = at > 0.5 ? { right: `calc(${((1 - at) * 100).toFixed(2)}% + 12px)` } : { left: `calc(${(at * 100).toFixed(2)}% + 12px)` };
  const comparing = model?.rows.some((row) => row.baseline !== undefined);
  const style = !model || below ? undefined : { top, ...side };
  const t = useT();
  return (
    <div className={below ? 'chart-tooltip chart-tooltip-below' : 'chart-tooltip'} role="status" aria-live="polite" hidden={!model} style={style}>
      {model && (
        <>
          <p className="chart-tooltip-heading">{model.heading}</p>
          <table>
            {comparing && (
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t('chart.thisScenario')}</th>
                  <th scope="col">{t('chart.baseline')}</th>
                </tr>
              </thead>
            )}
            <tbody>
              {model.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {row.color && <span className="chart-swatch" style={{ background: row.color }} aria-hidden="true" />}
                    {row.label}
                  </th>
                  <td>{row.value}</td>
                  {comparing && <td className="chart-tooltip-baseline">{row.baseline ?? ''}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
