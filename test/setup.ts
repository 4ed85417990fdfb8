// Testing Library's auto-cleanup needs Vitest globals, which we do not use:
// clean up explicitly (STACK.md). Node-environment files load this too.
import { afterEach } from 'vitest';
import { ensureLater, setLang } from '../src/i18n';
import { loadReading } from '../src/state/reading';

// The app activates the reader's language before its first render (main.tsx); tests read English.
await setLang('en');
await ensureLater();
// The app loads the scenario reader (the schema's check, the link reader) before anything edits or opens a link
// that needs it (src/state/reading.ts); tests start with it in. test/unit/state/reading.test.ts tests without it.
await loadReading();

if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
    window.localStorage?.clear();
    window.history.replaceState(null, '', '/');
  });
}
