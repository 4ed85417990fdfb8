// Headcount: engineers employed, engineers required to meet demand, the plan
// management staffs to, and roles at risk (engineers above required), per year.
import type { YearRow } from '../../model';
import type { ChartFormats } from '../common/format';
import { formatNumber } from '../../ui/format';
import { PALETTE } from '../palette';
import { layoutYearChart, rowColumns, type LineSpec, type YearChartLayout } from '../common/yearChart';
import { unit, yearTable, type TableModel } from '../common/table';

export const TITLE = 'Headcount: engineers employed and required';

export function headcountLayout(rows: readonly YearRow[], baseline: readonly YearRow[] | null | undefined, width: number, fmt: ChartFormats, main?: number): YearChartLayout {
  const { col, base } = rowColumns(rows, baseline);
  const line = (id: 'engineers' | 'required' | 'planned', label: string, color: string, dash?: string): LineSpec => ({
    id,
    label,
    color,
    dash,
    values: col(id),
    baseline: base(id),
  });
  return layoutYearChart({
    years: rows.map((r) => r.year),
    width,
    fmt,
    main,
    panels: [
      {
        id: 'headcount',
        title: `Engineers ${unit('count', fmt)}`,
        kind: 'count',
        weight: 1,
        lines: [
          line('engineers', 'Engineers', PALETTE.engineers),
          line('required', 'Required', PALETTE.required),
          // Dashed: the plan is a what-if; only distinguishable from "required" when it differs.
          line('planned', 'Planned', PALETTE.planned, '6 4'),
        ],
        bands: [
          {
            id: 'rolesAtRisk',
            label: 'Roles at risk',
            color: PALETTE.atRisk,
            lower: col('required'),
            upper: col('engineers'),
            values: col('rolesAtRisk'),
          },
        ],
      },
    ],
    extras: [
      { id: 'jobsChange', label: 'Jobs change since start', kind: 'count', values: col('jobsChange'), baseline: base('jobsChange') },
    ],
  });
}

export function headcountDescription(rows: readonly YearRow[], locale?: string): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const n = (v: number | null) => formatNumber(v, 1, locale);
  const risk = n(last.rolesAtRisk);
  return `Engineers go from ${n(first.engineers)} in ${first.year} to ${n(last.engineers)} in ${last.year}, against ${n(last.required)} required to meet demand: ${risk} ${risk === '1' ? 'role' : 'roles'} at risk.`;
}

export function headcountTable(rows: readonly YearRow[], fmt: ChartFormats): TableModel {
  const u = unit('count', fmt);
  return yearTable(
    'Headcount per year: engineers employed, required and planned, roles at risk and jobs change since the first year',
    rows.map((r) => r.year),
    [
      { label: `Engineers ${u}`, kind: 'count', values: rows.map((r) => r.engineers) },
      { label: `Required ${u}`, kind: 'count', values: rows.map((r) => r.required) },
      { label: `Planned ${u}`, kind: 'count', values: rows.map((r) => r.planned) },
      { label: `Roles at risk ${u}`, kind: 'count', values: rows.map((r) => r.rolesAtRisk) },
      { label: `Managers ${u}`, kind: 'count', values: rows.map((r) => r.managers) },
      { label: `Specialists ${u}`, kind: 'count', values: rows.map((r) => r.specialists) },
      { label: `Jobs change ${u}`, kind: 'count', values: rows.map((r) => r.jobsChange) },
    ],
    fmt,
  );
}
