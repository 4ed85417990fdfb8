// Conversions between stored values and what the editor shows: fractions are
// stored (0.3) and shown as percent (30); messages follow the shown unit.
import { inputText } from '../numbers/parseNumber';

/** Twelve significant digits hide binary noise (0.07 * 100 = 7.000000000000001). */
export const clean = (x: number) => Number(x.toPrecision(12));

export const toDisplay = (stored: number, percent: boolean) => (percent ? clean(stored * 100) : stored);
export const toStored = (shown: number, percent: boolean) => (percent ? clean(shown / 100) : shown);

/** The text an input shows for a stored value, with the reader's decimal mark (typed numbers: src/ui/numbers/parseNumber.ts). */
export function displayText(stored: unknown, percent: boolean): string {
  return typeof stored === 'number' && Number.isFinite(stored) ? inputText(toDisplay(stored, percent)) : '';
}

const BOUND_MESSAGE = /^must be (at least|at most|more than|less than) (\S+), got (\S+)$/;

/** The schema's bound message in the unit the field shows (`at most 0.99` → `at most 99%`). */
export function displayMessage(message: string, percent: boolean): string {
  if (!percent) return message;
  const match = BOUND_MESSAGE.exec(message);
  if (!match) return message;
  const pct = (s: string) => (Number.isFinite(Number(s)) ? `${clean(Number(s) * 100)}%` : s);
  return `must be ${match[1]} ${pct(match[2])}, got ${pct(match[3])}`;
}

/** Round to `digits` significant figures: slider values read as typed ones (2,400 not 2,403.7). */
export const roundSig = (x: number, digits = 2) => (x === 0 ? 0 : Number(x.toPrecision(digits)));
