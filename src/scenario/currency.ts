// Currency that means something (issue 10, part 4): a scenario's amounts in
// another currency at a dated reference rate. Pure: the UI asks, this converts,
// and the result is an ordinary scenario (the link carries it like any other).
//
// The rates are the European Central Bank's euro foreign exchange reference
// rates of one day, kept as the decimal strings the ECB publishes, so that a
// conversion is exact decimal arithmetic (BigInt) rounded once: amounts to the
// cent, the per-unit rates (a price per million tokens, roles per million of
// spend) to six significant digits, since a cent is too coarse for $0.028.
import type { Scenario, Team } from './schema';
import { FORMULA_VARIABLES } from '../formula/names';

export interface ReferenceRates {
  /** The ECB publication day (ISO date). */
  date: string;
  /** Units of each currency per euro, as published (decimal text). */
  perEuro: Readonly<Record<string, string>>;
  label: string;
  url: string;
}

/**
 * ECB euro foreign exchange reference rates of 21 October 2025, for the
 * currencies of the country presets. Read from a copy of that day's
 * eurofxref-daily.xml (all 30 currencies, in a public repository's test
 * data), not from ecb.europa.eu itself [S]; the rates of 9 October 2025 in
 * another copy (USD 1.1611, GBP 0.86830, SEK 10.9870) agree within 0.5%.
 */
export const ECB_RATES: ReferenceRates = {
  date: '2025-10-21',
  perEuro: { EUR: '1', USD: '1.1607', GBP: '0.86780', SEK: '10.9345' },
  label: 'European Central Bank, euro foreign exchange reference rates',
  url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
};

export const CONVERTIBLE_CURRENCIES: readonly string[] = Object.keys(ECB_RATES.perEuro);

export const canConvert = (from: string, to: string, rates: ReferenceRates = ECB_RATES) =>
  from !== to && Object.prototype.hasOwnProperty.call(rates.perEuro, from) && Object.prototype.hasOwnProperty.call(rates.perEuro, to);

// ---- exact decimals ----

/** A decimal as an integer and a power of ten: value = int × 10^exp. */
interface Decimal {
  int: bigint;
  exp: number;
}

function decimal(value: number | string): Decimal {
  // String(x) is the shortest text that reads back as x: its digits are the number the user sees.
  const text = typeof value === 'number' ? String(value) : value;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) throw new Error(`not a finite decimal: ${text}`);
  const fraction = m[3] ?? '';
  return { int: BigInt(`${m[1]}${m[2]}${fraction}`), exp: Number(m[4] ?? 0) - fraction.length };
}

const pow10 = (n: number) => 10n ** BigInt(n);

/** round(num / den), halves away from zero (den > 0). */
function divRound(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r = num % den;
  if (2n * (r < 0n ? -r : r) >= den) return num < 0n ? q - 1n : q + 1n;
  return q;
}

/** The exact factor `to` per `from` as a fraction. */
function factor(from: string, to: string, rates: ReferenceRates): { num: bigint; den: bigint } {
  const a = decimal(rates.perEuro[from]);
  const b = decimal(rates.perEuro[to]);
  // (b.int 10^b.exp) / (a.int 10^a.exp)
  const shift = b.exp - a.exp;
  return shift >= 0 ? { num: b.int * pow10(shift), den: a.int } : { num: b.int, den: a.int * pow10(-shift) };
}

/** x × num / den rounded to `places` decimal places, as a number. */
function scaleToPlaces(x: number, f: { num: bigint; den: bigint }, places: number): number {
  const d = decimal(x);
  const e = d.exp + places;
  const num = d.int * f.num * (e >= 0 ? pow10(e) : 1n);
  const den = f.den * (e < 0 ? pow10(-e) : 1n);
  return Number(`${divRound(num, den)}e${-places}`);
}

/** |num| < den × 10^k, exactly (den > 0). */
function belowPow(num: bigint, den: bigint, k: number): boolean {
  const a = num < 0n ? -num : num;
  return k >= 0 ? a < den * pow10(k) : a * pow10(-k) < den;
}

/** x × num / den rounded to `digits` significant digits, as a number. */
function scaleToDigits(x: number, f: { num: bigint; den: bigint }, digits: number): number {
  if (x === 0) return 0;
  const d = decimal(x);
  const num = d.int * f.num;
  const den = f.den;
  // m: 10^(m−1) ≤ |num / den| < 10^m. The lengths of the digits give it within one.
  let m = (num < 0n ? -num : num).toString().length - den.toString().length + 1;
  while (!belowPow(num, den, m)) m++;
  while (belowPow(num, den, m - 1)) m--;
  // Keep `digits` digits: round num/den × 10^(digits − m), then scale back (the result is × 10^d.exp).
  const places = digits - m;
  const n = num * (places >= 0 ? pow10(places) : 1n);
  const dd = den * (places < 0 ? pow10(-places) : 1n);
  return Number(`${divRound(n, dd)}e${d.exp - places}`);
}

// ---- the money fields of a scenario ----

/** How a field converts: an amount (to the cent), a per-unit price, or a count per unit of money. */
export type MoneyKind = 'amount' | 'price' | 'perMoney';

export interface MoneyField {
  /** A field path as the editor writes it: `teams[0].salary`, `tokens.budget`, `uncertainty.ranges["tokens.budget"]`. */
  path: string;
  kind: MoneyKind;
}

/** The team's merged budget mode: its own, else the shared one (MODEL.md §8). */
const teamMode = (scenario: Scenario, team: Team) => team.tokens?.budgetMode ?? scenario.tokens.budgetMode;

/**
 * Every number of `scenario` that is money, or per unit of money: salary,
 * equity, other cost per head; the token budget and budget in use when their
 * mode is perEngineer (otherwise they are shares of salary); the token price;
 * the specialists per million of spend; each team's overrides of these; and
 * the uncertainty ranges on those shared paths. Threshold values are the UI's,
 * not the scenario's.
 */
export function moneyFields(scenario: Scenario): MoneyField[] {
  const out: MoneyField[] = [];
  const perEngineer = scenario.tokens.budgetMode === 'perEngineer';
  scenario.teams.forEach((team, i) => {
    for (const key of ['salary', 'equityPerYear', 'otherCostPerHead'] as const) out.push({ path: `teams[${i}].${key}`, kind: 'amount' });
    const t = team.tokens;
    if (teamMode(scenario, team) === 'perEngineer') {
      if (t?.budget !== undefined) out.push({ path: `teams[${i}].tokens.budget`, kind: 'amount' });
      if (t?.budgetInUse !== undefined) out.push({ path: `teams[${i}].tokens.budgetInUse`, kind: 'amount' });
    }
    if (t?.pricePerMillion !== undefined) out.push({ path: `teams[${i}].tokens.pricePerMillion`, kind: 'price' });
  });
  if (perEngineer) out.push({ path: 'tokens.budget', kind: 'amount' }, { path: 'tokens.budgetInUse', kind: 'amount' });
  out.push({ path: 'tokens.pricePerMillion', kind: 'price' }, { path: 'specialists.perMillionSpend', kind: 'perMoney' });
  const ranged: Record<string, MoneyKind> = { 'tokens.pricePerMillion': 'price', 'specialists.perMillionSpend': 'perMoney' };
  if (perEngineer) Object.assign(ranged, { 'tokens.budget': 'amount', 'tokens.budgetInUse': 'amount' });
  for (const key of Object.keys(scenario.uncertainty.ranges)) {
    if (Object.prototype.hasOwnProperty.call(ranged, key)) out.push({ path: `uncertainty.ranges[${JSON.stringify(key)}]`, kind: ranged[key] });
  }
  return out;
}

/** Formula fields that name a money variable (`budget`, `salary`, `price`): a conversion cannot rewrite their constants. */
export function formulasWithMoney(scenario: Scenario): string[] {
  const money = FORMULA_VARIABLES.filter((v) => v === 'budget' || v === 'salary' || v === 'price');
  const uses = (expr: string | undefined) => !!expr && money.some((name) => new RegExp(`\\b${name}\\b`).test(expr));
  const out: string[] = [];
  if (scenario.productivity.curve === 'custom' && uses(scenario.productivity.expression)) out.push('productivity.expression');
  scenario.teams.forEach((team, i) => {
    const curve = team.productivity?.curve ?? scenario.productivity.curve;
    if (curve === 'custom' && uses(team.productivity?.expression)) out.push(`teams[${i}].productivity.expression`);
  });
  return out;
}

// ---- converting ----

/** One amount in another currency: money to the cent, prices and per-money counts to six significant digits. */
export function convertValue(value: number, kind: MoneyKind, from: string, to: string, rates: ReferenceRates = ECB_RATES): number {
  if (!canConvert(from, to, rates)) throw new Error(`no reference rate from ${from} to ${to}`);
  if (kind === 'perMoney') return scaleToDigits(value, factor(to, from, rates), 6);
  const f = factor(from, to, rates);
  return kind === 'amount' ? scaleToPlaces(value, f, 2) : scaleToDigits(value, f, 6);
}

/**
 * The rate as a reader would write it: `1 USD = 9.4206 SEK` (five significant digits). With a locale, its
 * decimal mark (`1 USD = 9,4206 SEK` in German); without, as the scenario's sources record it.
 */
export function describeRate(from: string, to: string, rates: ReferenceRates = ECB_RATES, locale?: string): string {
  const one = scaleToDigits(1, factor(from, to, rates), 5);
  const shown = locale ? new Intl.NumberFormat(locale, { maximumSignificantDigits: 5, useGrouping: false }).format(one) : String(one);
  return `1 ${from} = ${shown} ${to}`;
}

/** The source a conversion adds to the scenario (its label starts with CONVERSION_LABEL). */
export const CONVERSION_LABEL = 'Amounts converted';

function conversionSource(from: string, to: string, rates: ReferenceRates) {
  const [y, m, d] = rates.date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    label: `${CONVERSION_LABEL} from ${from} to ${to} at the ${rates.label} of ${day}: ${describeRate(from, to, rates)} (1 EUR = ${rates.perEuro[from]} ${from} = ${rates.perEuro[to]} ${to}) [S]`,
    url: rates.url,
    date: rates.date,
  };
}

function setAt(root: unknown, path: string, value: number): void {
  // Paths come from moneyFields: dots, [i] and ["key"] only.
  const keys = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map((m) => m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(`"${m[3]}"`)));
  let node = root as Record<PropertyKey, unknown>;
  for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]] as Record<PropertyKey, unknown>;
  node[keys[keys.length - 1]] = value;
}

function getAt(root: unknown, path: string): unknown {
  const keys = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map((m) => m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(`"${m[3]}"`)));
  let node: unknown = root;
  for (const key of keys) node = (node as Record<PropertyKey, unknown>)[key];
  return node;
}

/**
 * The scenario with every money field in currency `to`, at the reference
 * rates, and a source saying which rate (replacing an earlier conversion's).
 * A new object: the input is not changed. Throws when there is no rate.
 */
export function convert(scenario: Scenario, to: string, rates: ReferenceRates = ECB_RATES): Scenario {
  const from = scenario.currency;
  if (!canConvert(from, to, rates)) throw new Error(`no reference rate from ${from} to ${to}`);
  const out = structuredClone(scenario) as Scenario;
  for (const { path, kind } of moneyFields(scenario)) {
    const value = getAt(scenario, path);
    if (typeof value === 'number') setAt(out, path, convertValue(value, kind, from, to, rates));
    else if (Array.isArray(value)) {
      setAt(out, `${path}[0]`, convertValue(value[0] as number, kind, from, to, rates));
      setAt(out, `${path}[1]`, convertValue(value[1] as number, kind, from, to, rates));
    }
  }
  out.currency = to;
  const sources = out.sources.filter((s) => !s.label.startsWith(CONVERSION_LABEL));
  out.sources = [...sources.slice(0, 49), conversionSource(from, to, rates)];
  return out;
}
