// The presets as the command line reads them. Run from source (tests, tsx)
// this is the registry itself, each preset validated with zod as it loads.
// The built command line replaces this module with the same presets validated
// at build time (vite.cli.config.ts, presetsAtBuild), so that a preset run
// starts without loading zod or parsing fourteen scenarios.
export { PRESETS, getPreset, type Preset } from '../scenario/allPresets';
