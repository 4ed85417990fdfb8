// Old links keep opening after the schema grows (PRODUCT.md capability 4).
// A link carries the schema version it was written with (`v=`). Each migration
// upgrades a link's parameters from version `from` to `from + 1`; they run in
// order until the link is current, then the link is decoded as usual.
//
// Rules, after Our World in Data's grapher URL migrations:
// - append only: never edit or remove a released migration;
// - each carries the date it was written and why, in `date` and `reason`;
// - work on the query parameters (rename, convert values); the compact form's
//   diff can be rewritten with `mapCompactDiff`.
// Default import: lz-string is CommonJS, whose named exports Node's ESM loader cannot see (tsx, the CLI).
import LZString from 'lz-string';

export interface LinkPayload {
  /** The schema version the parameters are written in. */
  version: number;
  /** The query parameters other than `v`, in order. */
  params: readonly (readonly [string, string])[];
}

export interface Migration {
  /** Upgrades links of this version to the next one. */
  from: number;
  /** When the migration was written (ISO date). */
  date: string;
  /** Why: the schema change it answers. */
  reason: string;
  migrate(payload: LinkPayload): LinkPayload;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    date: '2026-12-02',
    reason:
      'Schema version 2 (MODEL.md version 2) added fields and recalibrated defaults. Parameter names did not change, ' +
      'so the parameters pass as they are; what changes is the base a version 1 link is a diff from: the preset as ' +
      'version 1 released it, with every new field neutral (codec.ts defaultBase, src/scenario/migrate/v1.ts).',
    migrate: (payload) => payload,
  },
];

export type MigrationResult = { ok: true; payload: LinkPayload } | { ok: false; message: string };

/** Upgrade a payload to `target`, one migration at a time. */
export function migrateLink(payload: LinkPayload, target: number, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  if (payload.version > target) {
    return { ok: false, message: `This link was made by a newer version of the app (schema version ${payload.version}; this one reads up to ${target}).` };
  }
  let current = payload;
  while (current.version < target) {
    const step = migrations.find((m) => m.from === current.version);
    if (!step) return { ok: false, message: `Links of schema version ${current.version} can no longer be opened.` };
    current = { ...step.migrate(current), version: current.version + 1 };
  }
  return { ok: true, payload: current };
}

/** A rewrite of the parameters: rename a parameter (keeping its place). */
export function renameParam(payload: LinkPayload, from: string, to: string): LinkPayload {
  return { ...payload, params: payload.params.map(([k, v]) => [k === from ? to : k, v] as const) };
}

/** A rewrite of the parameters: convert the value of one parameter. */
export function mapParam(payload: LinkPayload, name: string, convert: (raw: string) => string): LinkPayload {
  return { ...payload, params: payload.params.map(([k, v]) => [k, k === name ? convert(v) : v] as const) };
}

/** A rewrite of the compact form's diff; links without one, or with a damaged one, pass unchanged. */
export function mapCompactDiff(payload: LinkPayload, convert: (diff: Record<string, unknown>) => Record<string, unknown>): LinkPayload {
  return {
    ...payload,
    params: payload.params.map(([k, v]) => {
      if (k !== 's') return [k, v] as const;
      try {
        const diff = JSON.parse(LZString.decompressFromEncodedURIComponent(v) || 'null');
        if (diff === null || typeof diff !== 'object' || Array.isArray(diff)) return [k, v] as const;
        return [k, LZString.compressToEncodedURIComponent(JSON.stringify(convert(diff)))] as const;
      } catch {
        return [k, v] as const;
      }
    }),
  };
}

/** The list is consecutive from version 1 to the one before `target`. */
export function checkMigrations(migrations: readonly Migration[], target: number): string[] {
  const problems: string[] = [];
  for (let v = 1; v < target; v++) if (!migrations.some((m) => m.from === v)) problems.push(`no migration from version ${v}`);
  migrations.forEach((m, i) => {
    if (i > 0 && m.from !== migrations[i - 1].from + 1) problems.push(`migration ${i} is out of order`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(m.date)) problems.push(`migration from ${m.from} has no date`);
    if (!m.reason.trim()) problems.push(`migration from ${m.from} has no reason`);
  });
  return problems;
}
