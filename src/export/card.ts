// A chart as a citable card (SVG): title, headline, the chart, the key
// assumptions, the source line and the permalink, so a downloaded image carries
// its own caveats and the way back to the numbers. Pure string building; the
// chart's own SVG comes in already serialised (chartSvg.ts).
//
// Every text put into the card is escaped (titles and team names come from
// untrusted links and files), and characters XML forbids are replaced, so the
// card is well-formed and carries no markup but its own.
import { FONT_FAMILY, textWidth } from '../charts/common/text';
import { t } from '../i18n';

export interface CardInput {
  /** The chart's own title ("Headcount: actual, required, planned"). */
  chartTitle: string;
  /** The scenario's title. */
  scenarioTitle: string;
  /** What the scenario changed from its preset ("Based on …, changed: …"), once it differs. */
  basis?: string;
  /** The sources the scenario itself cites, as one line. */
  sources?: string;
  headline: string;
  /** What would have to be true: the "…, as long as …" line beside the headline (src/ui/headline/flipText.ts). */
  conditions?: string;
  /** Serialised <svg> of the chart, with its width and height. */
  chart: { svg: string; width: number; height: number };
  assumptions: string;
  source: string;
  permalink: string;
  /** A line on the pinned baseline, when the chart overlays one. */
  baselineNote?: string;
}

export const CARD_PAD = 24;
const INK = '#1a1a1a';
const MUTED = '#595959';
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and paired surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters XML cannot hold become U+FFFD. */
export const xmlSafe = (text: string) => text.replace(NOT_XML, '\uFFFD');

/** Text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Greedy word wrap by estimated width; a word longer than a line is broken. At most `maxLines`, the last ending in "…". */
export function wrap(text: string, width: number, fontSize: number, maxLines = Infinity, breakAnywhere = false): string[] {
  const lines: string[] = [];
  const words = breakAnywhere ? Array.from(text) : text.split(/\s+/).filter(Boolean);
  const joiner = breakAnywhere ? '' : ' ';
  let line = '';
  for (const word of words) {
    const next = line ? line + joiner + word : word;
    if (textWidth(next, fontSize) <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  // Words wider than the line (a long team name) are cut by characters.
  const fitted = lines.flatMap((l) => (textWidth(l, fontSize) <= width || breakAnywhere ? [l] : wrap(l, width, fontSize, Infinity, true)));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && textWidth(last + '…', fontSize) > width) last = Array.from(last).slice(0, -1).join('');
  kept[maxLines - 1] = last + '…';
  return kept;
}

interface Block {
  lines: string[];
  size: number;
  weight?: number;
  color: string;
  family?: string;
  gapAfter: number;
}

/** The card's SVG document and its size. */
export function buildCard(input: CardInput): { svg: string; width: number; height: number } {
  const width = Math.max(input.chart.width + 2 * CARD_PAD, 480);
  const inner = width - 2 * CARD_PAD;
  const lineHeight = (size: number) => Math.round(size * 1.35);
  const top: Block[] = [
    { lines: wrap(input.chartTitle, inner, 20, 2), size: 20, weight: 700, color: INK, gapAfter: 2 },
    { lines: wrap(t('card.scenario', { title: input.scenarioTitle }), inner, 14, 2), size: 14, color: MUTED, gapAfter: input.basis ? 2 : 8 },
    ...(input.basis ? [{ lines: wrap(input.basis, inner, 12, 3), size: 12, color: MUTED, gapAfter: 8 }] : []),
    // The app's own sentences, never cut: wrapped by measured width (canvas in a browser), as many lines as they need.
    { lines: wrap(input.headline, inner, 15), size: 15, color: INK, gapAfter: input.conditions ? 4 : 12 },
    ...(input.conditions ? [{ lines: wrap(input.conditions, inner, 14), size: 14, color: INK, gapAfter: 12 }] : []),
  ];
  const bottom: Block[] = [
    ...(input.baselineNote ? [{ lines: wrap(input.baselineNote, inner, 12, 2), size: 12, color: MUTED, gapAfter: 6 }] : []),
    { lines: wrap(t('card.assumptions', { assumptions: input.assumptions }), inner, 12, 6), size: 12, color: INK, gapAfter: 6 },
    ...(input.sources ? [{ lines: wrap(input.sources, inner, 12, 4), size: 12, color: MUTED, gapAfter: 6 }] : []),
    // Up to 8 lines: a fan's source names every ranged input before the app's own line.
    { lines: wrap(input.source, inner, 12, 8), size: 12, color: MUTED, gapAfter: 6 },
    // The permalink breaks anywhere (it has no spaces); a long one is kept whole, never cut.
    { lines: wrap(input.permalink, inner, 11, Infinity, true), size: 11, color: '#0057a3', family: MONO, gapAfter: 0 },
  ];

  const parts: string[] = [];
  let y = CARD_PAD;
  const draw = (block: Block) => {
    for (const line of block.lines) {
      y += lineHeight(block.size);
      const attrs = [`x="${CARD_PAD}"`, `y="${y - Math.round(block.size * 0.3)}"`, `font-size="${block.size}"`, `fill="${block.color}"`];
      if (block.weight) attrs.push(`font-weight="${block.weight}"`);
      if (block.family) attrs.push(`font-family="${escapeXml(block.family)}"`);
      parts.push(`<text ${attrs.join(' ')}>${escapeXml(line)}</text>`);
    }
    y += block.gapAfter;
  };
  top.forEach(draw);
  parts.push(`<g transform="translate(${CARD_PAD},${y})">${xmlSafe(input.chart.svg)}</g>`);
  y += input.chart.height + 12;
  bottom.forEach(draw);
  const height = Math.ceil(y + CARD_PAD);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<title>${escapeXml(input.chartTitle)}</title>` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="none" stroke="#d0d0d0"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width, height };
}
