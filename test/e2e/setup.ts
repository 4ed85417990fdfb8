// Browser tests import app modules too (labels, presets): they read English,
// the language the pages open in here (Chromium's locale is en-US).
import { ensureLater, setLang } from '../../src/i18n';

await setLang('en');
await ensureLater();
