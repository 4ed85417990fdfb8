// Formula text for the sandbox's fuzzer: well-formed formulas over the allowed
// names (from src/formula/names.ts, so a new variable or function is covered
// without editing this file), the attacks of the mathjs security notes, and
// character-level mutations of both.
import fc from 'fast-check';
import { FORMULA_CONSTANTS, FORMULA_FUNCTIONS, FORMULA_VARIABLES, MAX_FORMULA_LENGTH } from '../../src/formula/names';
import { mutatedText } from './hostile';

const number = fc.oneof(
  fc.constantFrom('0', '1', '2', '0.5', '1e-9', '1e308', '-1', '1e3', '.5', '0x10', '1e999', '3e-324'),
  fc.integer({ min: 0, max: 1000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
);
const name = fc.constantFrom<string>(...FORMULA_VARIABLES, ...FORMULA_CONSTANTS);
const FUNCTIONS = Object.entries(FORMULA_FUNCTIONS) as [string, readonly [number, number]][];
const OPERATORS = ['+', '-', '*', '/', '^'];

/** A formula over the allowed names, functions and operators (arity sometimes wrong on purpose). */
export const wellFormed: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    number,
    name,
    fc.tuple(tie('expr'), fc.constantFrom(...OPERATORS), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('expr').map((e) => `(${e})`),
    tie('expr').map((e) => `-${e}`),
    fc
      .tuple(fc.constantFrom(...FUNCTIONS), fc.array(tie('expr'), { minLength: 0, maxLength: 4 }), fc.boolean())
      .map(([[fn, [min, max]], args, keepArity]) => {
        const wanted = keepArity ? args.slice(0, Math.min(args.length, max)) : args;
        while (keepArity && wanted.length < min) wanted.push('T');
        return `${fn}(${wanted.join(', ')})`;
      }),
  ),
})).expr;

/** What people have tried against mathjs sandboxes, and what mathjs would happily run. */
export const ATTACKS = [
  'import({x: 1})', 'import("fs")', 'evaluate("1+1")', 'parse("1")', 'compile("1")', 'createUnit("x")', 'simplify("x")', 'derivative("x^2", "x")',
  'constructor', 'T.constructor', 'T.constructor.constructor("return process")()', 'cos.constructor("return this")()', '"".constructor', 'T["constructor"]',
  '__proto__', 'T.__proto__', 'toString', 'valueOf()', 'hasOwnProperty("x")',
  'range(1, 1e9)', 'ones(1e4, 1e4)', 'zeros(1e5)', '[1, 2, 3]', '{a: 1}', 'matrix([1])', 'x = 1', 'f(x) = x', 'T = 5; T', 'T ? 1 : 2', 'T > 1', 'T == 1', '1:5',
  '"text"', "'text'", 'T %', '5%', 'T mod 2', 'T!', "T'", 'T and 1', 'not T', 'T | 1', 'T & 1', 'T << 1', 'T in 1', 'T to cm', '2 cm', 'i', 'Infinity', 'NaN', 'null', 'true',
  'max', 'max = 3', 'half(1)', 'sqrt', 'cos(T)', 'sin(T)', 'random()', 'pickRandom([1,2])', 'typeOf(T)', 'format(T)', 'print("$x", {x: 1})',
  '1e400', '-1e400', '1/0', '0/0', 'log(0)', 'log(-1)', 'sqrt(-1)', 'pow(-8, 1/3)', '0^0', '1e308 * 10', 'exp(1e6)',
  'T\n1', 'T;1', '  ', '', '\u0000', '\uFEFFT', 'T\u200B', 'Т', '１', 'T // comment', 'T # comment',
  '('.repeat(240) + 'T' + ')'.repeat(240), '-'.repeat(499) + 'T', 'T' + '^T'.repeat(249), 'abs('.repeat(99) + 'T' + ')'.repeat(99), '1+'.repeat(249) + '1',
  'max(' + 'T,'.repeat(240) + 'T)', 'x'.repeat(MAX_FORMULA_LENGTH + 1),
];

/** Any formula text: well formed, an attack, or either mutated character by character. */
export const formulaText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: wellFormed },
  { weight: 2, arbitrary: fc.constantFrom(...ATTACKS) },
  { weight: 3, arbitrary: mutatedText(fc.oneof(wellFormed, fc.constantFrom(...ATTACKS))) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
