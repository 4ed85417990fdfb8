// Under the title, once the scenario differs from its preset (issue 9 point
// 7): "Based on “Today’s typical AI spend”, changed: engineers 200, token
// budget $250,000", so the preset's words never pass for the scenario's. A
// polite live region: an edit is announced with what it changed.
import { useStore } from '../../state/store';
import { basisWords, useBasis } from '../basis/basis';
import { useLocale } from '../../i18n/react';

export function BasedOn() {
  const scenario = useStore((s) => s.scenario);
  const basis = useBasis();
  const locale = useLocale();
  const words = basisWords(scenario, basis, locale);
  return (
    <p className="headline-basis" data-testid="headline-basis" aria-live="polite">
      {words?.line ?? ''}
    </p>
  );
}
