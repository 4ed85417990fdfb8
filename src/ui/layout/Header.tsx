// Title, the lens switch and (issue 4) the share bar.
import { useStore, type Lens } from '../../state/store';
import { LENSES } from '../lens';
import { ShareBar } from '../share/ShareBar';

export function Header() {
  const lens = useStore((s) => s.lens);
  const setLens = useStore((s) => s.setLens);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>Tokens or people</h1>
        <p className="tagline">What moving engineering budget into AI compute does to output, cost, jobs and pay</p>
      </div>
      <fieldset className="lens-switch">
        <legend>Lens</legend>
        {(Object.keys(LENSES) as Lens[]).map((id) => (
          <label key={id} className={id === lens ? 'active' : undefined}>
            <input type="radio" name="lens" value={id} checked={id === lens} onChange={() => setLens(id)} />
            {LENSES[id].label}
          </label>
        ))}
      </fieldset>
      <ShareBar />
    </header>
  );
}
