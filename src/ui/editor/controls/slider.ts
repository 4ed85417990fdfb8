// Slider scales in the units the field shows. A "log" slider spreads values
// that span orders of magnitude (a $20/month budget and a $200,000/year one)
// over its track: value = c·((1 + max/c)^p − 1), p in [0, 1], so p = 0 is 0.
import { roundSig } from '../display';

export interface SliderSpec {
  min: number;
  max: number;
  /** Linear step, in shown units. */
  step?: number;
  /** Pseudo-log scale with this knee (the value near which the scale turns from linear to log). */
  knee?: number;
}

export const SLIDER_STEPS = 1000;

/** Slider position 0…SLIDER_STEPS for a shown value (clamped). */
export function toPosition(value: number, spec: SliderSpec): number {
  const v = Math.min(spec.max, Math.max(spec.min, value));
  if (spec.knee) {
    const p = Math.log1p(v / spec.knee) / Math.log1p(spec.max / spec.knee);
    return Math.round(p * SLIDER_STEPS);
  }
  return Math.round(((v - spec.min) / (spec.max - spec.min)) * SLIDER_STEPS);
}

/** The shown value for a slider position, rounded to a value a person would type. */
export function fromPosition(position: number, spec: SliderSpec): number {
  const p = position / SLIDER_STEPS;
  if (spec.knee) return roundSig(spec.knee * Math.expm1(p * Math.log1p(spec.max / spec.knee)), 2);
  const raw = spec.min + p * (spec.max - spec.min);
  const step = spec.step ?? (spec.max - spec.min) / 100;
  return Number((Math.round(raw / step) * step).toPrecision(12));
}
