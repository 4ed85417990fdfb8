// Notices about the view parameters of a link (src/state/linkView.ts), in the
// reader's language (the catalogue's `view.*`). Each names its parameter; the
// parameters' names and values are written as in the link.
import { t } from '../i18n';

const q = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export const VIEW_MESSAGES = {
  badLens: (raw: string, lenses: readonly string[]) => t('view.badLens', { raw: q(raw), lenses: lenses.join(', ') }),
  badYear: (name: string, raw: string, first: number, last: number) => t('view.badYear', { name, raw: q(raw), first: String(first), last: String(last) }),
  badSavings: (raw: string) => t('view.badSavings', { raw: q(raw) }),
  badBaseline: (reason: string) => t('view.badBaseline', { reason }),
  baselineDamaged: () => t('view.baselineDamaged'),
  baselineTooLong: () => t('view.baselineTooLong'),
  baselineNoPreset: (id: string) => t('view.baselineNoPreset', { id: q(id) }),
  ignored: (problems: readonly string[]) => t('view.ignored', { problems: problems.join('; ') }),
} as const;
