// The `fill-in` command: a plan file imported as the app would, and one fill-in sheet per unit written exactly as
// 生成填报表 writes them for a progress round of the period (the units named in its 牵头/责任 columns, or those given).
import { mkdirSync } from 'node:fs';
import { writeWhole } from './write-whole';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/errors';
import { Period } from '../../shared/domain/progress';
import type { Plan, Row } from '../../shared/domain/plan';
import { fillInFileName, rowsByUnit, unitKeysOf, type Round } from '../../shared/domain/round';
import { splitUnits } from '../../shared/domain/units';
import { planFromImport } from '../../shared/xlsx/plan-from-import';
import { importFile } from '../../shared/xlsx/read-file';
import { writeFillInSheet } from '../../shared/xlsx/fill-in-sheet';
import { readSheetsIsolated } from './read-isolated';

export interface FillInArgs {
  file: string;
  data: Uint8Array;
  period: string;
  out: string;
  units: string[] | null;
}

/** The units named in the plan's lead column, in the order they first appear. */
function unitsOf(plan: Plan, rows: readonly Row[]): string[] {
  const key = unitKeysOf(plan).lead;
  const seen = new Set<string>();
  if (key) for (const r of rows) if (r.kind === 'item') for (const u of splitUnits(r.cells[key] ?? '')) seen.add(u);
  return [...seen];
}

export async function fillIn(
  args: FillInArgs,
  now: string,
): Promise<{ files: { unit: string; file: string; rows: number }[]; warnings: string[] }> {
  if (!Period.safeParse(args.period).success)
    throw new AppError('ROUND_INVALID', { detail: `期间「${args.period}」应写作 2026-Q4（季度）或 2026-11（月）` });
  const result = await importFile(args.data, basename(args.file), {}, readSheetsIsolated);
  const { meta, columns, rows: drafts } = planFromImport(result, now);
  const plan: Plan = {
    ...meta,
    id: 'cli',
    kind: result.kind,
    columns,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  const rows: Row[] = drafts.map((r, i) => ({ ...r, id: `r${i}` }));
  const units = args.units ?? unitsOf(plan, rows);
  if (units.length === 0)
    throw new AppError('ROUND_INVALID', { detail: '表中没有读到牵头单位，请用 --units 指定单位' });
  const round: Round = {
    id: `cli-${args.period}`,
    planId: plan.id,
    title: `${plan.title}（${args.period}）进展填报`,
    mode: 'progress',
    period: args.period,
    fields: ['status', 'progress', 'problems', 'nextSteps'],
    required: ['status', 'progress'],
    scope: 'lead',
    units,
    dueDate: now.slice(0, 10),
    instructions: '',
    blankRows: 10,
    createdAt: now,
  };
  const byUnit = rowsByUnit(round, plan, rows, []);
  mkdirSync(args.out, { recursive: true });
  const files: { unit: string; file: string; rows: number }[] = [];
  const warnings: string[] = [];
  for (const unit of units) {
    const unitRows = byUnit.get(unit) ?? [];
    const file = join(args.out, fillInFileName(round, unit));
    const bytes = await writeFillInSheet(round, plan, unit, unitRows, rows, warnings);
    try {
      writeWhole(file, bytes);
    } catch {
      throw new AppError('FOLDER_UNWRITABLE', { folder: args.out });
    }
    files.push({ unit, file, rows: unitRows.length });
  }
  return { files, warnings };
}
