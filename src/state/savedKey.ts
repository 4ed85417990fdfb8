// Where saved scenarios are kept (saved.ts), apart from the code that reads
// them: that validates (zod) and is not in the first screen's code, which only
// asks whether there are any to check (main.tsx).
export const SAVED_KEY = 'tokens-or-people:saved';

/** Whether this browser has anything stored under the key (false when storage is refused). */
export function hasSavedScenarios(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(SAVED_KEY) !== null;
  } catch {
    return false;
  }
}
