// "Scenario preset": choose a preset, read what it says and where its numbers
// come from, and see when (and undo that) the scenario has left it.
import { memo, useEffect, useId } from 'react';
import { useStore } from '../../state/store';
import { PRESET_INDEX, getPreset, loadPresets } from '../../scenario/presets';
import type { Scenario } from '../../scenario/schema';
import { deepEqual } from './deepEqual';
import { useT } from '../../i18n/react';
import { presetDescription, presetTitleOf } from '../../i18n/presetTexts';
import { currentLang, ensureLater, laterReady } from '../../i18n';

// A scenario object is replaced on every accepted edit, so one comparison per object is enough.
const modifiedCache = new WeakMap<Scenario, Map<string, boolean>>();
function isModified(scenario: Scenario, presetId: string | null): boolean {
  const preset = presetId === null ? undefined : getPreset(presetId);
  if (!preset) return false;
  let byPreset = modifiedCache.get(scenario);
  if (!byPreset) modifiedCache.set(scenario, (byPreset = new Map()));
  let modified = byPreset.get(preset.id);
  if (modified === undefined) byPreset.set(preset.id, (modified = !deepEqual(scenario, preset.scenario)));
  return modified;
}

const Sources = memo(function Sources({ scenario }: { scenario: Scenario }) {
  const t = useT();
  if (scenario.sources.length === 0) return null;
  return (
    // Closed by default: ten sources would push every field below the fold.
    <details className="preset-sources">
      <summary>{t('preset.sources', { count: scenario.sources.length })}</summary>
      <ul>
        {scenario.sources.map((source, i) => (
          <li key={i}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">{source.label}</a>
            ) : (
              source.label
            )}
            {source.date && <span className="source-date"> ({source.date})</span>}
          </li>
        ))}
      </ul>
    </details>
  );
});

export const PresetPicker = memo(function PresetPicker() {
  const presetId = useStore((s) => s.presetId);
  const modified = useStore((s) => isModified(s.scenario, s.presetId));
  const scenario = useStore((s) => s.scenario);
  const id = useId();
  const preset = presetId === null ? undefined : getPreset(presetId);
  const t = useT();
  // Preset texts in the reader's language (the JSON is the English source); the sources are cited as published.
  // The descriptions come with the later messages (src/i18n), asked for once the page is up: until they are
  // in, a translated page shows none rather than the English one for a moment.
  // The other presets' scenarios are a chunk of their own: fetched now, so that choosing one opens it at once.
  useEffect(() => {
    void ensureLater();
    loadPresets().catch(() => undefined);
  }, []);
  const description = preset && (currentLang() === 'en' || laterReady()) ? presetDescription(preset) : '';

  return (
    <div className="preset-picker">
      <div className="field">
        <label className="field-label" htmlFor={id}>{t('field.preset')}</label>
        <select
          id={id}
          value={preset ? preset.id : ''}
          onChange={(e) => e.target.value && useStore.getState().loadPreset(e.target.value)}
          aria-describedby={description ? `${id}-about` : undefined}
        >
          {!preset && <option value="">{t('preset.none')}</option>}
          {PRESET_INDEX.map((p) => (
            <option key={p.id} value={p.id}>{presetTitleOf(p.id, p.title)}</option>
          ))}
        </select>
      </div>
      <div className="preset-modified">
        {/* Always rendered: a live region announces a change of its text, not its arrival. */}
        <p role="status">{modified ? t('preset.modified') : ''}</p>
        {modified && preset && (
          <button type="button" className="button-secondary" onClick={() => useStore.getState().loadPreset(preset.id)}>
            {t('preset.resetAll')} <span className="visually-hidden">{t('preset.resetAll.what')}</span>
          </button>
        )}
      </div>
      {preset && !modified && (
        <div className="preset-about">
          {description && <p id={`${id}-about`} className="preset-description">{description}</p>}
          <Sources scenario={preset.scenario} />
        </div>
      )}
      {/* Edited: the preset's words describe the preset, not these numbers (issue 9 point 7), so they are kept apart. */}
      {preset && modified && (
        <div className="preset-about">
          {description && (
            <details className="preset-before">
              <summary>{t('basis.presetDescription')}</summary>
              <p id={`${id}-about`} className="preset-description">{description}</p>
            </details>
          )}
          <Sources scenario={scenario} />
        </div>
      )}
      {/* A scenario from a file (or a link without a preset) speaks for itself. */}
      {!preset && (
        <div className="preset-about">
          {scenario.description && <p className="preset-description">{scenario.description}</p>}
          <Sources scenario={scenario} />
        </div>
      )}
    </div>
  );
});
