// An error thrown while simulating or drawing must never blank the page: the
// results region shows what went wrong instead, and the editor stays usable.
// The next accepted scenario (`resetKey`) tries again.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../../i18n/react';

interface Props {
  /** A new value clears the error (the scenario object: every accepted edit replaces it). */
  resetKey: unknown;
  /** What failed, for the message: the results (default) or the uncertainty panel. */
  what?: 'results' | 'uncertainty';
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

export class ResultsBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // A new scenario: render the children again.
    return props.resetKey !== state.key ? { key: props.resetKey, error: null } : null;
  }

  componentDidCatch(_error: Error, _info: ErrorInfo) {
    // React reports the error itself (console); nothing else to log: no telemetry (PRODUCT.md).
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <Problem what={this.props.what ?? 'results'} message={error.message} />;
  }
}

/** A function component, so the message follows a change of language while it shows. */
function Problem({ what, message }: { what: 'results' | 'uncertainty'; message: string }) {
  const t = useT();
  return (
    <div className="results-problem" role="alert">
      <p className="results-problem-title">{t(what === 'results' ? 'results.failed' : 'results.uncertaintyFailed')}</p>
      <p className="results-problem-detail">{message}</p>
      <p>{t('results.entriesKept')}</p>
    </div>
  );
}
