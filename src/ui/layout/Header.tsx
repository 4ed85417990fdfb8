// Title, the lens switch, the language menu and (issue 4) the share bar.
import { useStore, type Lens } from '../../state/store';
import { useT } from '../../i18n/react';
import { LENSES } from '../lens';
import { ShareBar } from '../share/ShareBar';
import { LanguageMenu } from './LanguageMenu';

export function Header() {
  const lens = useStore((s) => s.lens);
  const setLens = useStore((s) => s.setLens);
  const t = useT();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <fieldset className="lens-switch">
        <legend>{t('lens.legend')}</legend>
        {(Object.keys(LENSES) as Lens[]).map((id) => (
          <label key={id} className={id === lens ? 'active' : undefined}>
            <input type="radio" name="lens" value={id} checked={id === lens} onChange={() => setLens(id)} />
            {LENSES[id].label}
          </label>
        ))}
      </fieldset>
      <LanguageMenu />
      <ShareBar />
    </header>
  );
}
