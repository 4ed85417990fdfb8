// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies
// (Okabe & Ito, "Color Universal Design", 2008). One meaning per colour across charts.
export const PALETTE = {
  engineers: '#0072B2', // blue
  required: '#D55E00', // vermillion
  planned: '#CC79A7', // reddish purple
  atRisk: '#E69F00', // orange
  tokens: '#009E73', // bluish green
  salary: '#0072B2',
  bonus: '#56B4E9', // sky blue
  equity: '#CC79A7',
  onCost: '#999999', // grey
  otherCost: '#F0E442', // yellow
  severance: '#E69F00', // orange: the cost of the roles lost
  hiring: '#56B4E9',
  afterTax: '#56B4E9', // sky blue: a lighter cash pay, what is left of it after the allowance's tax
  demand: '#000000',
  output: '#0072B2',
  shortfall: '#D55E00',
  baseline: '#777777',
  ink: '#1a1a1a',
  muted: '#595959', // 7:1 on white
  grid: '#e3e3e3',
} as const;

/**
 * Teams, in the pipeline chart, where a colour means a team (the first team
 * blue, the second vermillion, …): the Okabe–Ito colours that read on white,
 * yellow left out (1.6:1). An eighth team repeats the first colour; the legend,
 * tooltip and table name every team.
 */
const TEAM_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

export const teamColor = (index: number): string => TEAM_COLORS[index % TEAM_COLORS.length];
