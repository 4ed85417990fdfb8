// The panel's questions and the link parameter (src/ui/uncertainty/thresholds.ts
// with src/state/linkThresholds.ts): the defaults leave the link alone; a
// changed question is written as its figure's name; a link's questions are
// taken, with a notice naming the parameter for what cannot be shown.
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../../src/state/store';
import { linkThresholds, setLinkThresholds } from '../../../src/state/linkThresholds';
import { defaultThresholds, linkTextOf, thresholdName, useThresholds } from '../../../src/ui/uncertainty/thresholds';

const run = () => useStore.getState().scenario;
const names = () => useThresholds.getState().thresholds.map((t) => thresholdName(t, run()));

beforeEach(() => {
  useStore.setState(useStore.getInitialState());
  setLinkThresholds(null, true);
  useThresholds.setState({ thresholds: defaultThresholds() });
});

describe('threshold questions in links', () => {
  it('the default questions leave the link without the parameter', () => {
    expect(linkTextOf(defaultThresholds())).toBeNull();
    expect(linkThresholds()).toBeNull();
  });

  it('a changed question is written as its figure’s name, without “probability:”', () => {
    const [first] = useThresholds.getState().thresholds;
    useThresholds.getState().change(first.id, { value: 5 });
    const { startYear } = run();
    expect(linkThresholds()).toBe(`rolesAtRisk>5@${startYear + 3},tokensExceedSalary@${startYear + 2}`);
    expect(names()).toEqual([`probability:rolesAtRisk>5@${startYear + 3}`, `probability:tokensExceedSalary@${startYear + 2}`]);
  });

  it('a new start year rewrites the years of the link', () => {
    const [first] = useThresholds.getState().thresholds;
    useThresholds.getState().change(first.id, { value: 5 });
    useStore.getState().setField('startYear', run().startYear + 1);
    expect(linkThresholds()).toBe(`rolesAtRisk>5@${run().startYear + 3},tokensExceedSalary@${run().startYear + 2}`);
  });

  it('takes the questions of an opened link', () => {
    const { startYear } = run();
    setLinkThresholds(`engineers<90@${startYear + 2},tokenShare>=0.3@${startYear + 4}`, true);
    expect(names()).toEqual([`probability:engineers<90@${startYear + 2}`, `probability:tokenShare>=0.3@${startYear + 4}`]);
    expect(useStore.getState().notices).toEqual([]);
  });

  it('a malformed parameter shows the defaults, with a notice naming it', () => {
    setLinkThresholds('rolesAtRisk>lots@2029', true);
    expect(useThresholds.getState().thresholds.map((t) => t.metric)).toEqual(['rolesAtRisk', 'tokensExceedSalary']);
    expect(useStore.getState().notices.map((n) => n.text)).toEqual(['thresholds: “rolesAtRisk>lots@2029” is not a question like “rolesAtRisk>10@2029”. The default questions are shown.']);
  });

  it('leaves out metrics the panel does not ask about, and questions past six, saying so', () => {
    const { startYear } = run();
    const many = Array.from({ length: 7 }, (_, i) => `rolesAtRisk>${i}@${startYear}`);
    setLinkThresholds([`salaryCost>1@${startYear}`, ...many].join(','), true);
    expect(useThresholds.getState().thresholds).toHaveLength(6);
    expect(useStore.getState().notices.map((n) => n.text)).toEqual([
      'thresholds: the panel does not ask about salaryCost; left out.',
      'thresholds: at most 6 questions are shown; the last was left out.',
    ]);
  });
});
