// The header's language menu: each language under its own name (with its
// `lang`, so a screen reader pronounces it right). Choosing one loads its
// catalogue, and the links carry the choice from then on (`?lang=`); the
// scenario and every other parameter of the address stay as they are.
import { useId } from 'react';
import { LANG_NAMES, LANGS, isLang, setLang } from '../../i18n';
import { useLang, useT } from '../../i18n/react';

export function LanguageMenu() {
  const t = useT();
  const lang = useLang();
  const id = useId();
  return (
    <div className="language-menu">
      <label htmlFor={id}>{t('lang.label')}</label>
      <select
        id={id}
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) void setLang(e.target.value, true);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
