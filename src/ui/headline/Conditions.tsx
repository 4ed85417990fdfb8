// What the headline rests on (the flips line and its disclosure), placed right
// after the lens' lead chart (App.tsx): a link's first screen holds the
// sentence, the lead figures and the whole lead chart (issue 9 point 3), and a
// keyboard or screen reader meets the conditions next, before the comparison.
// The flips wait for the worker's search anyway (useFlips): their code is a
// chunk of its own, off the first screen's budget.
import { lazy, Suspense } from 'react';
import { useStore } from '../../state/store';
import { useScenario } from '../../state/results';

const Flips = lazy(() => import('./Flips').then((m) => ({ default: m.Flips })));
const FlipsBrief = lazy(() => import('./Flips').then((m) => ({ default: m.FlipsBrief })));

/** The closest conditions, right under the headline sentence (issue 8); the rest follows the lead chart. */
export function ConditionsBrief() {
  const scenario = useScenario();
  const lens = useStore((s) => s.lens);
  return (
    <Suspense fallback={null}>
      <FlipsBrief scenario={scenario} lens={lens} />
    </Suspense>
  );
}

export function Conditions() {
  const scenario = useScenario();
  const lens = useStore((s) => s.lens);
  return (
    <Suspense fallback={null}>
      <Flips scenario={scenario} lens={lens} />
    </Suspense>
  );
}
