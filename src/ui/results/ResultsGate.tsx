// Everything that simulates sits behind this gate (issue 5): a scenario with a
// custom curve waits for the formula engine (mathjs, a lazy chunk) with
// "Loading the formula engine…"; a formula the sandbox refuses (opened from a
// link or file) is named, and its message also lands at the editor's field;
// anything thrown while simulating is caught by ResultsBoundary.
import { useEffect, type ReactNode } from 'react';
import { useStore } from '../../state/store';
import { ensureFormulaEngine, formulaGate, useFormulaEngine } from '../../state/formula';
import { ResultsBoundary } from './ResultsBoundary';
import { useT } from '../../i18n/react';
import './results.css';

export function ResultsGate({ children }: { children: ReactNode }) {
  const scenario = useStore((s) => s.scenario);
  const status = useFormulaEngine((s) => s.status);
  const message = useFormulaEngine((s) => s.message);
  const gate = formulaGate(scenario, status, message);
  const t = useT();

  useEffect(() => {
    if (gate.state === 'loading' && status === 'idle') void ensureFormulaEngine();
  }, [gate.state, status]);

  const refused = gate.state === 'refused' ? gate.errors : null;
  useEffect(() => {
    if (!refused) return;
    // Show the sandbox's message at the formula's field too (once: the effect reruns only for a new list).
    const { fieldErrors } = useStore.getState();
    if (refused.every((e) => fieldErrors[e.path] === e.message)) return;
    const next = { ...fieldErrors };
    for (const e of refused) next[e.path] = e.message;
    useStore.setState({ fieldErrors: next });
  }, [refused]);

  switch (gate.state) {
    case 'loading':
      return (
        <p className="results-loading" role="status">
          {t('results.loadingFormula')}
        </p>
      );
    case 'failed':
      return (
        <div className="results-problem" role="alert">
          <p className="results-problem-title">{t('results.formulaEngineFailed')}</p>
          <p className="results-problem-detail">{gate.message}</p>
          <button type="button" className="button-secondary" onClick={() => void ensureFormulaEngine()}>
            {t('results.tryAgain')}
          </button>
        </div>
      );
    case 'refused':
      return (
        <div className="results-problem" role="alert">
          <p className="results-problem-title">{t('results.formulaRefused')}</p>
          <ul>
            {gate.errors.map((e) => (
              <li key={e.path}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
          <p>
            {gate.errors.some((e) => e.path.startsWith('teams[')) ? t('results.teamFormulaHelp') : t('results.formulaHelp')}
          </p>
        </div>
      );
    case 'ready':
      return <ResultsBoundary resetKey={scenario}>{children}</ResultsBoundary>;
  }
}
