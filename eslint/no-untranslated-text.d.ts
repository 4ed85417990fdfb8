// Types for the local ESLint rule (a plain JS module, as eslint.config.js loads it).
import type { Rule } from 'eslint';
declare const rule: Rule.RuleModule;
export default rule;
