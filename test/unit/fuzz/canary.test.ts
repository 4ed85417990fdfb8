// The fuzz runner's prototype canary (test/fuzz/checks.ts): it sees a built-in
// method replaced under its own name, a getter swapped, a key added or removed.
import { afterEach, describe, expect, it } from 'vitest';
import { canary, changedCanary } from '../../fuzz/checks';

const trim = Object.getOwnPropertyDescriptor(String.prototype, 'trim')!;
afterEach(() => {
  Object.defineProperty(String.prototype, 'trim', trim);
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('the prototype canary', () => {
  it('sees nothing when nothing changed', () => {
    expect(changedCanary(canary(), canary())).toBeNull();
  });

  it('sees a method replaced under the same name (key names alone would not)', () => {
    const before = canary();
    Object.defineProperty(String.prototype, 'trim', { ...trim, value: function () { return 'pwned'; } });
    expect(changedCanary(before, canary())).toBe('String.prototype.trim replaced');
  });

  it('sees a value turned into a getter', () => {
    const before = canary();
    Object.defineProperty(String.prototype, 'trim', { configurable: true, get: () => () => 'pwned' });
    expect(changedCanary(before, canary())).toBe('String.prototype.trim replaced');
  });

  it('sees a key added to Object.prototype', () => {
    const before = canary();
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    expect(changedCanary(before, canary())).toMatch(/^Object\.prototype\.polluted added/);
  });
});
