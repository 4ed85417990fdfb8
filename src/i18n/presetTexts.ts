// The presets' titles and descriptions in the reader's language. The JSON files
// (scenarios/*.json) stay the English source; a translation is keyed by the
// preset's id and a short hash of the English it translates:
//   preset.<id>.title.<hash>   preset.<id>.description.<hash>
// so a preset whose English text changes, or a new preset, shows its English
// text until its translations are updated (`npm run i18n:presets` lists them),
// never an out-of-date translation.
import { PRESET_INDEX, type Preset } from '../scenario/presets';
import { tOr } from './index';

/** FNV-1a (32 bit) over UTF-16 code units, in base 36: stable, short, the same in scripts/i18n. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export const presetKey = (id: string, field: 'title' | 'description', english: string) => `preset.${id}.${field}.${textHash(english)}`;

/** A preset's title in the reader's language, by its id and English title (presetIndex.ts): no scenario needs to be loaded. */
export const presetTitleOf = (id: string, english: string): string => tOr(presetKey(id, 'title', english), english);

export const presetTitle = (preset: Preset): string => presetTitleOf(preset.id, preset.scenario.title);

export const presetDescription = (preset: Preset): string =>
  tOr(presetKey(preset.id, 'description', preset.scenario.description), preset.scenario.description);

/**
 * A scenario's title as shown: a preset's own title in the reader's language;
 * any other title (typed, or from a link or file) as it is.
 */
export function displayTitle(title: string): string {
  const preset = PRESET_INDEX.find((p) => p.title === title);
  return preset ? presetTitleOf(preset.id, preset.title) : title;
}
