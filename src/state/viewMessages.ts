// Notices about the view parameters of a link (src/state/linkView.ts), in
// English; the i18n branch moves them into its catalogues. Each names its parameter.
const q = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

export const VIEW_MESSAGES = {
  badLens: (raw: string, lenses: readonly string[]) => `lens ${q(raw)} is not a lens (${lenses.join(', ')})`,
  badYear: (name: string, raw: string, first: number, last: number) => `${name} ${q(raw)} is not a year of this scenario (${first} to ${last})`,
  badSavings: (raw: string) => `savings must be an amount of at least 0, got ${q(raw)}`,
  badBaseline: (reason: string) => `baseline could not be opened, so none is pinned: ${reason}`,
  baselineDamaged: () => 'it is damaged (perhaps cut short when it was copied)',
  baselineNoPreset: (id: string) => `there is no preset called ${q(id)}`,
  ignored: (problems: readonly string[]) => `Some view settings in this link were ignored: ${problems.join('; ')}.`,
} as const;
