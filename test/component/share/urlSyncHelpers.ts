// Shared set-up of the address-bar tests: fresh stores before each test, the
// sync stopped after it, and `open(search)` to start the app on a link.
import { afterEach, beforeEach } from 'vitest';
import { useStore } from '../../../src/state/store';
import { useView } from '../../../src/state/view';
import { startUrlSync } from '../../../src/state/urlSync';
import { setLinkThresholds } from '../../../src/state/linkThresholds';

export function withUrlSync(): (search: string) => void {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    useStore.setState(useStore.getInitialState());
    useView.setState(useView.getInitialState());
    setLinkThresholds(null, true);
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
  });
  return (search: string) => {
    window.history.replaceState(null, '', `/${search}`);
    stop = startUrlSync();
  };
}
