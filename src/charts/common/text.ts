// Text width estimates for layout in code (no DOM measurement, so layouts are
// pure and identical in tests, the page and downloads). Advance widths per em,
// measured with canvas measureText in Chromium for system-ui at 12 px (digits
// 0.64, lower case ≈ 0.53, capitals ≈ 0.7; bold ≈ 14% wider), plus 5% so
// labels on other systems' fonts still clear each other.

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const TICK_SIZE = 12;
export const LABEL_SIZE = 12;

// No-break spaces (French and Swedish digit groups) are as narrow as spaces.
const NARROW = new Set([' ', '\u00a0', '\u202f', '.', ',', ':', 'i', 'l', '’', '(', ')']);

/** Width in em of a label; labels repeat from edit to edit, so widths are cached. */
const ems = new Map<string, number>();
function emWidth(text: string): number {
  let em = ems.get(text);
  if (em !== undefined) return em;
  em = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (NARROW.has(ch)) em += 0.3;
    else if ((ch >= '0' && ch <= '9') || ch === '$') em += 0.64;
    else if ((ch >= 'a' && ch <= 'z') || (ch > '\u00bf' && ch === ch.toLowerCase() && ch !== ch.toUpperCase())) em += 0.53;
    else em += 0.7;
  }
  // Bounded: tick labels change with the data.
  if (ems.size > 5000) ems.clear();
  ems.set(text, em);
  return em;
}

// In a browser the text is measured with the page's own font (canvas
// measureText), so labels in any language and on any system's fonts are placed
// by their real width: German compounds are long, and a wide system font
// (DejaVu Sans on Linux) runs past an estimate. Without a canvas (Node, jsdom)
// the estimate above stands, so layouts in tests stay deterministic.
let context: CanvasRenderingContext2D | null | undefined;
function canvas(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context = typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent) ? null : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

const measured = new Map<string, number>();
function measure(text: string, fontSize: number, bold: boolean): number | null {
  const ctx = canvas();
  if (!ctx) return null;
  const key = `${fontSize}|${bold ? 1 : 0}|${text}`;
  let w = measured.get(key);
  if (w === undefined) {
    ctx.font = `${bold ? '600 ' : ''}${fontSize}px ${FONT_FAMILY}`;
    // 4% spare: SVG text and canvas text can round differently.
    w = ctx.measureText(text).width * 1.04;
    if (measured.size > 5000) measured.clear();
    measured.set(key, w);
  }
  return w;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  return measure(text, fontSize, bold) ?? emWidth(text) * fontSize * (bold ? 1.14 : 1) * 1.05;
}

/** A tick label's width as the axes place it (0.6 em a character): the x-axis end-anchors a label that would pass the plot's right edge. */
export const tickLabelWidth = (label: string) => label.length * TICK_SIZE * 0.6;
