// Slider ranges, in shown units. They cover the values people try (the schema's
// bounds are far wider and still reachable by typing). Budgets and prices span
// orders of magnitude, so their sliders are pseudo-logarithmic.
import type { SliderSpec } from './controls/slider';

export const SLIDERS = {
  engineers: { min: 0, max: 5_000, knee: 20 },
  salary: { min: 0, max: 500_000, step: 1_000 },
  // $20 a month to well above a salary (the "tokens above salary" presets).
  budgetMoney: { min: 0, max: 500_000, knee: 500 },
  budgetShare: { min: 0, max: 200, step: 1 },
  price: { min: 0, max: 100, knee: 0.5 },
  decline: { min: -50, max: 90, step: 1 },
  multiplier: { min: 0.5, max: 5, step: 0.05 },
  demandGrowth: { min: -50, max: 100, step: 1 },
} satisfies Record<string, SliderSpec>;
