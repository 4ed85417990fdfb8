// The app before the scenario reader has loaded (src/state/reading.ts): the
// test set-up loads it for every other test, so this one starts from a fresh
// module graph. A preset link opens without it; a link with changes waits for
// it (prepareLink) and then opens as decodeLink reads it; an edit needs it.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Modules = {
  reading: typeof import('../../../src/state/reading');
  urlSync: typeof import('../../../src/state/urlSync');
  store: typeof import('../../../src/state/store');
  presets: typeof import('../../../src/scenario/presets');
};
let m: Modules;

beforeEach(async () => {
  vi.resetModules();
  const i18n = await import('../../../src/i18n');
  await i18n.setLang('en');
  m = {
    reading: await import('../../../src/state/reading'),
    urlSync: await import('../../../src/state/urlSync'),
    store: await import('../../../src/state/store'),
    presets: await import('../../../src/scenario/presets'),
  };
});

describe('before the scenario reader loads', () => {
  it('a preset link as it is opens without it', async () => {
    expect(m.reading.readingReady()).toBe(false);
    expect(await m.urlSync.prepareLink('?p=typical-spend&v=2&m=2&lens=union')).toBeUndefined();
    expect(m.reading.readingReady()).toBe(false);
    expect(m.urlSync.openLink('?p=typical-spend&v=2&m=2&lens=union')).toBe(true);
    expect(m.store.useStore.getState().presetId).toBe('typical-spend');
  });

  it('another preset waits for the presets only', async () => {
    await m.urlSync.prepareLink('?p=rosy-plan&v=2&m=2');
    expect(m.presets.presetsLoaded()).toBe(true);
    expect(m.reading.readingReady()).toBe(false);
    m.urlSync.openLink('?p=rosy-plan&v=2&m=2');
    expect(m.store.useStore.getState().scenario).toBe(m.presets.getPreset('rosy-plan')!.scenario);
  });

  it('a link with changes or a baseline waits for it, then opens', async () => {
    const query = '?p=rosy-plan&v=2&m=2&budget=5000';
    await m.urlSync.prepareLink(query);
    expect(m.reading.readingReady()).toBe(true);
    m.urlSync.openLink(query);
    const { scenario, presetId, notices } = m.store.useStore.getState();
    expect([presetId, scenario.tokens.budget, notices]).toEqual(['rosy-plan', 5000, []]);
  });

  it('an edit needs it: the parts that edit load it first', async () => {
    expect(() => m.store.useStore.getState().setField('years', 4)).toThrow(/not loaded/);
    await m.reading.loadReading();
    expect(m.store.useStore.getState().setField('years', 4)).toEqual([]);
    expect(m.store.useStore.getState().scenario.years).toBe(4);
  });
});
