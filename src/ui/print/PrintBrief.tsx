// A printable one-page brief of the scenario (issue 9: "also expected"): the
// print stylesheet (print.css) keeps the sentence, the lead figures and the
// lens' first two charts, and adds this block: the assumptions, the sources
// and the link that reopens exactly this view. Hidden on screen.
import { useStore } from '../../state/store';
import { useView } from '../../state/view';
import { linkFor } from '../../state/urlSync';
import { assumptions } from '../../charts/common/source';
import { MODEL_VERSION } from '../../model/version';
import './print.css';

const TEXT = {
  heading: 'Assumptions, sources and link',
  assumptions: 'Assumptions',
  sources: 'Sources',
  noSources: 'This scenario lists no sources of its own; the defaults cite the public sources listed in the app (docs/sources.md).',
  link: 'Reopen this scenario',
  made: (version: number) => `Made with Tokens or people, an open AI-budget simulator (model version ${version}).`,
} as const;

export function PrintBrief() {
  const scenario = useStore((s) => s.scenario);
  const presetId = useStore((s) => s.presetId);
  // The link carries the view too: follow its changes.
  useStore((s) => s.lens);
  useStore((s) => s.baseline);
  useView((v) => `${v.year}|${v.savings}|${v.downturnYear}`);
  const link = typeof window === 'undefined' ? '' : linkFor(scenario, presetId);
  return (
    <section className="print-brief" aria-label={TEXT.heading}>
      <h2 className="print-brief-heading">{TEXT.heading}</h2>
      <p>
        <strong>{TEXT.assumptions}: </strong>
        {assumptions(scenario)}.
      </p>
      <p className="print-brief-link">
        <strong>{TEXT.link}: </strong>
        {link}
      </p>
      <div>
        <strong>{TEXT.sources}:</strong>
        {scenario.sources.length ? (
          <ul className="print-brief-sources">
            {scenario.sources.map((s, i) => (
              <li key={i}>
                {s.label}
                {s.date ? ` (${s.date})` : ''}
                {s.url ? <> — {s.url}</> : null}
              </li>
            ))}
          </ul>
        ) : (
          <span> {TEXT.noSources}</span>
        )}
      </div>
      <p className="print-brief-made">{TEXT.made(MODEL_VERSION)}</p>
    </section>
  );
}
