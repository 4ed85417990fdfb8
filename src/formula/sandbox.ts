// The sandbox for custom productivity formulas (MODEL.md §6, STACK.md
// "mathjs"). A formula is untrusted text from a link or a file, so:
// 1. a number-only mathjs instance made from only the factories below (no
//    matrices, units, strings, `import`, `evaluate`, `range`, `ones`, …);
// 2. parse, then walk the tree against an allow-list: finite number
//    constants, parentheses, + − × ÷ ^ and unary minus, calls of the listed
//    functions by name, the variables of CurveScope and the constants e, pi.
//    Anything else is refused with a message naming it;
// 3. compile the checked tree once, and evaluate it against a fixed,
//    read-only scope of the variables (a mathjs map), never a user object.
// This module carries mathjs: import it through loadFormulaEngine() (index.ts)
// so that the app's initial bundle does not.
import {
  create,
  parseDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  powDependencies,
  unaryMinusDependencies,
  absDependencies,
  sqrtDependencies,
  expDependencies,
  logDependencies,
  log2Dependencies,
  log10Dependencies,
  minDependencies,
  maxDependencies,
  eDependencies,
  piDependencies,
  type MathNode,
} from 'mathjs/number';
import type { CurveCompiler, CurveFn, CurveScope } from '../model/curve';
import { FORMULA_CONSTANTS, FORMULA_FUNCTIONS, FORMULA_VARIABLES, MAX_FORMULA_LENGTH, describeNames } from './names';

const math = create({
  parseDependencies,
  // + − × ÷ ^ and unary minus (the operators of the allow-list below)
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  powDependencies,
  unaryMinusDependencies,
  // the functions of FORMULA_FUNCTIONS, and the constants e and pi
  absDependencies,
  sqrtDependencies,
  expDependencies,
  logDependencies,
  log2Dependencies,
  log10Dependencies,
  minDependencies,
  maxDependencies,
  eDependencies,
  piDependencies,
});

// Capture parse before anything is overridden; then make every door a tree
// could reach (if the walk below ever missed one) throw.
const parse = math.parse;
const disabled = (name: string) => () => {
  throw new Error(`${name} is disabled in formulas`);
};
math.import(
  Object.fromEntries(['import', 'parse', 'compile', 'evaluate', 'createUnit', 'simplify', 'derivative', 'resolve', 'reviver'].map((n) => [n, disabled(n)])),
  { override: true },
);

/** Operators allowed, by mathjs function name, with the symbol users type. */
const OPERATORS: Record<string, string> = { add: '+', subtract: '-', multiply: '*', divide: '/', pow: '^', unaryMinus: '-' };

const VARIABLES = new Set<string>(FORMULA_VARIABLES);
const CONSTANTS = new Set<string>(FORMULA_CONSTANTS);
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

export class FormulaError extends Error {
  constructor(
    /** What is wrong, without the field's name. */
    readonly reason: string,
    /** 1-based character position in the formula, when known. */
    readonly position?: number,
  ) {
    super(`productivity.expression: ${reason}${position ? ` (at character ${position})` : ''}`);
    this.name = 'FormulaError';
  }
}

/** Where `needle` first occurs in the formula (1-based), as a name when `word`. */
function positionOf(source: string, needle: string, word = false): number | undefined {
  if (!needle) return undefined;
  if (!word) {
    const i = source.indexOf(needle);
    return i >= 0 ? i + 1 : undefined;
  }
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(^|[^A-Za-z0-9_$])${escaped}(?![A-Za-z0-9_$])`).exec(source);
  return m ? m.index + m[1].length + 1 : undefined;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

/** Refuses anything outside the allow-list, naming the first offending part. */
function check(node: MathNode, source: string): void {
  const fail = (reason: string, needle = '', word = false): never => {
    throw new FormulaError(reason, positionOf(source, needle, word));
  };
  const text = () => short(node.toString());
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode': {
      const value = n.value;
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) fail(`"${text()}" is not allowed: numbers must be finite`, text(), true);
        return;
      }
      if (typeof value === 'string') return fail(`text ("${short(value)}") is not allowed: formulas take numbers only`, '"');
      return fail(`"${String(value)}" is not allowed: formulas take numbers only`, String(value), true);
    }
    case 'ParenthesisNode':
      return check(n.content as MathNode, source);
    case 'OperatorNode': {
      const fn = String(n.fn);
      const op = String(n.op);
      if (!has(OPERATORS, fn) || OPERATORS[fn] !== op) return fail(`the operator "${op}" is not allowed: use + - * / ^`, op);
      for (const arg of n.args as MathNode[]) check(arg, source);
      return;
    }
    case 'FunctionNode': {
      const callee = n.fn as MathNode & { name?: string };
      if (callee.type === 'AccessorNode') return check(callee, source);
      if (callee.type !== 'SymbolNode') return fail(`calling "${text()}" is not allowed: call a function by its name`, '(');
      const name = String(callee.name);
      if (VARIABLES.has(name) || CONSTANTS.has(name)) return fail(`"${name}" is a number, not a function: write ${name} * (…) to multiply`, name, true);
      if (!has(FORMULA_FUNCTIONS, name)) return fail(`"${short(name)}" is not allowed: the functions are ${describeNames(Object.keys(FORMULA_FUNCTIONS))}`, name, true);
      const [min, max] = FORMULA_FUNCTIONS[name as keyof typeof FORMULA_FUNCTIONS];
      const count = (n.args as MathNode[]).length;
      if (count < min || count > max) {
        const wanted = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} or ${max}`;
        return fail(`${name}() takes ${wanted} argument${wanted === '1' ? '' : 's'}, got ${count}`, name, true);
      }
      for (const arg of n.args as MathNode[]) check(arg, source);
      return;
    }
    case 'SymbolNode': {
      const name = String(n.name);
      if (VARIABLES.has(name) || CONSTANTS.has(name)) return;
      if (has(FORMULA_FUNCTIONS, name)) return fail(`"${name}" is a function: call it as ${name}(…)`, name, true);
      return fail(`"${short(name)}" is not allowed: the names are ${describeNames([...FORMULA_VARIABLES, ...FORMULA_CONSTANTS])}`, name, true);
    }
    case 'AccessorNode':
      return fail(`property access and indexing ("${text()}") are not allowed`, (n.index as { dotNotation?: boolean }).dotNotation ? '.' : '[');
    case 'ArrayNode':
      return fail(`matrices ("${text()}") are not allowed`, '[');
    case 'AssignmentNode':
      return fail(`assignment ("${text()}") is not allowed`, '=');
    case 'FunctionAssignmentNode':
      return fail(`defining a function ("${text()}") is not allowed`, '=');
    case 'ObjectNode':
      return fail(`objects ("${text()}") are not allowed`, '{');
    case 'ConditionalNode':
      return fail(`conditions ("… ? … : …") are not allowed`, '?');
    case 'BlockNode':
      return fail('only one formula is allowed: remove ";" and line breaks', /[;\n]/.exec(source)?.[0] ?? ';');
    case 'RangeNode':
      return fail(`ranges ("${text()}") are not allowed`, ':');
    case 'RelationalNode':
      return fail(`comparisons ("${text()}") are not allowed`);
    default:
      return fail(`"${node.type}" is not allowed`);
  }
}

/** Parses and checks a formula; returns the checked tree or throws a FormulaError. */
function checkedTree(expression: string): MathNode {
  if (typeof expression !== 'string') throw new FormulaError('must be text');
  if (expression.length > MAX_FORMULA_LENGTH) throw new FormulaError(`is too long: at most ${MAX_FORMULA_LENGTH} characters, got ${expression.length}`);
  if (!expression.trim()) throw new FormulaError('is empty: write a formula of T, for example 1 + (maxMultiplier - 1) * (1 - 2^(-T / half))');
  // mathjs reads "a + 5%" as a + 5% of a, and "a % b" as a modulo: neither is plain arithmetic.
  const percent = expression.indexOf('%');
  if (percent >= 0) throw new FormulaError('"%" is not allowed: write 0.05 for 5%', percent + 1);
  let tree: MathNode;
  try {
    tree = parse(expression);
  } catch (error) {
    const char = (error as { char?: number }).char;
    const message = (error as Error).message.replace(/\s*\(char \d+\)$/, '');
    throw new FormulaError(`syntax error: ${message.replace(/^Syntax error in part /, 'unexpected ')}`, typeof char === 'number' ? char : undefined);
  }
  check(tree, expression);
  return tree;
}

export type FormulaCheck = { ok: true } | { ok: false; message: string; position?: number };

/** For the editor: is this formula allowed? The message names the offending part. */
export function checkFormula(expression: string): FormulaCheck {
  try {
    checkedTree(expression);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    return { ok: false, message: error.reason + (error.position ? ` (at character ${error.position})` : ''), position: error.position };
  }
}

/**
 * Compiles a checked formula into a curve. Throws a FormulaError for a formula
 * the sandbox refuses. The curve returns NaN rather than throwing (prepare()'s
 * clampCurve then treats it as "no effect").
 */
export const compileFormula: CurveCompiler = (expression) => {
  const code = checkedTree(expression).compile();
  let current: CurveScope;
  // A read-only mathjs map over the variables: no user object ever becomes the scope.
  const scope = {
    has: (name: string) => VARIABLES.has(name),
    get: (name: string) => (VARIABLES.has(name) ? current[name as keyof CurveScope] : undefined),
    set: () => {
      throw new Error('formulas cannot assign');
    },
    keys: () => VARIABLES.values(),
    delete: () => false,
    clear: () => undefined,
    forEach: (cb: (value: number, key: string) => void) => VARIABLES.forEach((k) => cb(current[k as keyof CurveScope], k)),
    get size() {
      return VARIABLES.size;
    },
    [Symbol.iterator]: function* () {
      for (const k of VARIABLES) yield [k, current[k as keyof CurveScope]] as [string, number];
    },
  };
  const fn: CurveFn = (values) => {
    current = values;
    try {
      const result: unknown = code.evaluate(scope);
      return typeof result === 'number' ? result : NaN;
    } catch {
      return NaN;
    }
  };
  return fn;
};
