// Names and units of version 2's ranged inputs, in English (PRODUCT.md's labels),
// for the catalogues to take over: the editor has no fields for them yet, so the
// catalogue has no field.* ids to reuse. `{cur}` is the scenario's currency.
export const V2_RANGE_TEXT: Readonly<Record<string, readonly [label: string, unit: string]>> = {
  'productivity.reworkShare': ['Rework share', '% of the gross gain'],
  'productivity.planLearning': ['Plan learning', '% of the error a year'],
  'tokens.budgetInUse': ['Token budget already in use', '{cur}/yr per engineer'],
  'tokens.usageSpread': ['Spread of token use', 'σ of log use'],
  'tokens.benefitTaxRate': ['Tax on the token allowance', '%'],
  'demand.elasticity': ['Demand elasticity', ''],
  'policy.hireLimit': ['Hire limit', '% of the team a year'],
  'policy.severanceMonths': ['Severance (months of pay)', 'months'],
  'policy.hiringCostRate': ['Hiring cost', '% of a salary'],
};
