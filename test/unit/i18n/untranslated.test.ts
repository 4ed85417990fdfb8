// @vitest-environment node
// No component writes visible text of its own: JSX text and the attributes
// people read or hear (aria-label, title, placeholder, alt, and our controls'
// label, hint and unit) come from the catalogue. The same rule runs in
// `npm run lint`; this test runs it on every .tsx file of src, and on samples
// so that the rule itself is known to catch what it should.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import rule from '../../../eslint/no-untranslated-text.js';

const RULE = 'i18n/no-untranslated-text';
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.tsx'],
      languageOptions: { parser: tseslint.parser },
      plugins: { i18n: { rules: { 'no-untranslated-text': rule } } },
      rules: { [RULE]: 'error' },
    },
  ],
});

const problems = (results: ESLint.LintResult[]) =>
  results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${m.line}: ${m.message}`));

describe('visible text comes from the catalogue', () => {
  it('in every component of src', async () => {
    expect(problems(await eslint.lintFiles(['src/**/*.tsx']))).toEqual([]);
  }, 30_000);

  it('the rule catches text, labels and screen-reader names written in a component', async () => {
    const sample = `
      export const A = () => <button aria-label="Close" title={'Back'}>Save</button>;
      export const B = ({ t }) => <Field label="Engineers" hint={\`Per engineer\`} unit="%/yr" />;
      export const C = () => <p>{'Loading…'}</p>;
    `;
    const found = problems(await eslint.lintText(sample, { filePath: 'sample.tsx' }));
    expect(found).toHaveLength(7);
  });

  it('and lets symbols, numbers and catalogue lookups through', async () => {
    const sample = `
      export const A = ({ t }) => <button aria-label={t('notice.dismiss')} title={t('x')}>×</button>;
      export const B = ({ t, n }) => <Field label={t('field.engineers')} unit="×" hint={n} />;
      export const C = () => <span aria-hidden="true">↺ 2 %</span>;
    `;
    expect(problems(await eslint.lintText(sample, { filePath: 'sample.tsx' }))).toEqual([]);
  });
});
