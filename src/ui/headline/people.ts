// How prose counts people (issue 9 point 10: "the work 31 could do: 8.6 roles
// at risk", "0.1 roles at risk" read as if people came in tenths). One rule for
// every sentence that counts engineers, roles, jobs, layoffs (the headline
// sentence and the flips line): whole people, rounded half up; "less than one"
// for a count above 0 and below 0.5, which would otherwise round to a "0" that
// hides it; never a decimal. The figures keep the fraction (one decimal below
// 100) and data-value keeps the unrounded number: FTE are a model's averages,
// prose is read as heads. docs/i18n.md "Counting people" says the same.
import { formatNumber } from '../format';
import { t } from '../../i18n';

/** Below this an FTE count is zero, not "less than one": floating-point dust (matchDemand's engineers − required). */
export const PEOPLE_EPS = 1e-6;

/** Whether a count is above zero in prose (it then reads at least "less than one"). */
export const anyPeople = (x: number | null | undefined): x is number => x !== null && x !== undefined && Math.abs(x) >= PEOPLE_EPS;

/** A count that prose says as "less than one": above zero, below a half. */
export const lessThanOne = (x: number): boolean => anyPeople(x) && Math.abs(x) < 0.5;

/** Whole people in a count of either sign, rounded half up (0.5 is 1; dust is 0). */
export const wholePeople = (x: number): number => (anyPeople(x) ? Math.round(Math.abs(x)) : 0);

/** The count's words: "less than one", or the whole number in the reader's digits. */
export function peopleText(x: number, locale?: string): string {
  return lessThanOne(x) ? t('sentence.people.lessThanOne') : formatNumber(wholePeople(x), 0, locale);
}

/** The number an ICU plural picks its form by: "less than one role" takes the singular, like "1 role". */
export const peoplePlural = (x: number): number => (lessThanOne(x) ? 1 : wholePeople(x));
