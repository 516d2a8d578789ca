// Importing a file: open it once, preview it as the user adjusts the reading, then make or extend a plan.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { checkImportSize } from '../../../shared/file-limits';
import type { InputOf, OutputOf } from '../../../shared/api';
import type { ImportOptions, ImportResult } from '../../../shared/domain/import';
import type { ColumnDef, PlanDelta, RowDraft } from '../../../shared/domain/plan';
import { planFromImport } from '../../../shared/xlsx/plan-from-import';
import { yearOfImport } from '../../../shared/domain/import-year';
import { readTable } from '../../../shared/xlsx/detect-table';
import { removeInvisible } from '../../../shared/xlsx/invisible-text';
import { readSheetsIsolated } from '../read-isolated';
import type { SheetGrid } from '../../../shared/xlsx/sheet-grid';
import { getMapping, putMapping } from '../store/import-mappings';
import { inTransaction, type Db } from '../store/db';
import { PlanAction } from './action';
import { putPlanOrigin } from '../store/history';
import { create, requirePlan } from './plans';
import { appendRows } from './rows';
import { listUnits } from '../store/units';
import { splitUnits } from '../../../shared/domain/units';
import { unitColumns, withParts } from '../../../shared/domain/column-roles';
import { unknownUnits } from '../../../shared/domain/unit-directory';
import { backupNow } from './backup';
import type { DepsOf } from './deps';

const PREVIEW_ROWS = 100;
const KEEP_FILES = 8;

interface OpenFile {
  fileName: string;
  sheets: SheetGrid[];
}

/** Files opened for import, kept in memory while the user looks at the preview (the last few only). */
export class OpenFiles {
  private readonly files = new Map<string, OpenFile>();

  add(file: OpenFile): string {
    const id = randomUUID();
    this.files.set(id, file);
    while (this.files.size > KEEP_FILES) this.files.delete(this.files.keys().next().value!);
    return id;
  }

  get(id: string): OpenFile {
    const f = this.files.get(id);
    if (!f) throw new AppError('IMPORT_EXPIRED');
    return f;
  }

  drop(id: string): void {
    this.files.delete(id);
  }
}

export async function open(
  { db, importFiles }: DepsOf<'db' | 'importFiles'>,
  { fileName, data }: InputOf<'import.open'>,
): Promise<OutputOf<'import.open'>> {
  checkImportSize(data.length, fileName);
  // Read in a worker: a file that hangs or fills memory stops there, and the host answers other calls meanwhile.
  const sheets = await readSheetsIsolated(data, fileName);
  const fileId = importFiles.add({ fileName, sheets });
  return preview({ db, importFiles }, { fileId, options: {} });
}

export function preview(
  { db, importFiles }: DepsOf<'db' | 'importFiles'>,
  { fileId, options }: InputOf<'import.preview'>,
): OutputOf<'import.preview'> {
  const { result, remembered } = read(db, importFiles.get(fileId), options);
  const { rows, ...rest } = result;
  return {
    ...rest,
    fileId,
    previewRows: rows.slice(0, PREVIEW_ROWS),
    itemCount: rows.filter((r) => r.kind === 'item').length,
    sectionCount: rows.filter((r) => r.kind === 'section').length,
    remembered,
    // What the file says of its year; the clerk's own choice (options.year) is kept by the preview's form.
    year: yearOfImport(result, new Date().toISOString(), options.fileDate),
  };
}

/** Reads with the user's choices; where they chose no columns, a mapping corrected before for this shape applies. */
function read(db: Db, file: OpenFile, options: ImportOptions): { result: ImportResult; remembered: boolean } {
  const first = removeInvisible(readTable(file.sheets, file.fileName, options));
  if (options.columns !== undefined || options.kind !== undefined) return { result: first, remembered: false };
  const saved = getMapping(db, first.shape);
  if (!saved) return { result: first, remembered: false };
  return {
    result: removeInvisible(readTable(file.sheets, file.fileName, { ...saved, ...stripUndefined(options) })),
    remembered: true,
  };
}

function stripUndefined(o: ImportOptions): ImportOptions {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as ImportOptions;
}

/** Makes a plan of the file or adds its rows to one, after a backup: an import that was a mistake is taken back whole. */
export function commit(
  { db, now, dataDir, importFiles }: DepsOf<'db' | 'now' | 'dataDir' | 'importFiles'>,
  { fileId, options, target }: InputOf<'import.commit'>,
): OutputOf<'import.commit'> {
  backupNow(db, dataDir, 'import', now);
  const file = importFiles.get(fileId);
  const { result } = read(db, file, options);
  const { meta, columns: fromFile, rows: drafts } = planFromImport(result, now, options);
  // The columns read from the file, each unit column stored as 牵头 or 配合 (by its header) from now on.
  const columns = withParts(fromFile);
  if (columns.length === 0) throw new AppError('IMPORT_NO_HEADER', { file: file.fileName, sheet: result.sheet });
  let done: { planId: string; delta: PlanDelta | null };
  try {
    done = inTransaction(db, () => {
      if (options.columns !== undefined)
        putMapping(db, result.shape, { kind: result.kind, columns: options.columns }, now);
      if (target.mode === 'new') {
        const made = create(db, meta, now, drafts, columns).id;
        putPlanOrigin(db, made, `import:${result.fileName}`, now);
        return { planId: made, delta: null };
      }
      return { planId: target.planId, delta: appendTo(db, target.planId, columns, drafts, result, now) };
    });
  } catch (e) {
    // The transaction is rolled back whole; the clerk is told it was the import that could not be saved.
    if ((e as { code?: unknown }).code === 'SQLITE_FULL') throw new AppError('DISK_FULL', { action: '导入' });
    throw e;
  }
  importFiles.drop(fileId);
  const unitKeys = unitColumns({ columns }).map((c) => c.key);
  const names = drafts.flatMap((d) => unitKeys.flatMap((k) => splitUnits(d.cells[k] ?? '')));
  return {
    planId: done.planId,
    delta: done.delta,
    items: drafts.filter((d) => d.kind === 'item').length,
    sections: drafts.filter((d) => d.kind === 'section').length,
    unknownUnits: unknownUnits(listUnits(db), names),
  };
}

/** Adds the rows to an existing plan as one action; columns the plan lacks are added to it, so nothing is lost. */
function appendTo(
  db: Db,
  planId: string,
  columns: ColumnDef[],
  drafts: RowDraft[],
  result: ImportResult,
  now: string,
): PlanDelta {
  const plan = requirePlan(db, planId);
  const action = new PlanAction(db, planId, now);
  const have = new Set(plan.columns.map((c) => c.key));
  const rename = new Map<string, string>();
  const added: ColumnDef[] = [];
  let n = 0;
  for (const c of columns) {
    if (have.has(c.key) && !/^x\d+$/.test(c.key)) continue;
    const byLabel = plan.columns.find((p) => p.label === c.label);
    if (byLabel) {
      rename.set(c.key, byLabel.key);
      continue;
    }
    let key = c.key;
    while (have.has(key)) key = `x${++n}`;
    have.add(key);
    rename.set(c.key, key);
    added.push({ ...c, key });
  }
  if (added.length > 0) action.setPlan({ ...plan, columns: [...plan.columns, ...added], updatedAt: now });
  const moved = drafts.map((d) => ({
    ...d,
    cells: Object.fromEntries(Object.entries(d.cells).map(([k, v]) => [rename.get(k) ?? k, v])),
  }));
  appendRows(action, db, moved);
  return action.commit(`导入「${result.fileName}」`, `import:${result.fileName}`);
}
