// Reads a returned file (回执) with the importer: whose it is (hidden sheet, then the 填报单位 cell, then the file
// name), and its rows keyed by the columns the round asked for, wherever the unit moved or renamed them.
import type { ColumnDef, PlanKind } from '../domain/plan';
import type { ImportResult } from '../domain/import';
import type { MatchedBy, ReturnProblem, ReturnedRow } from '../domain/round';
import { matchUnit, type Unit } from '../domain/unit-directory';
import { readTable } from './detect-table';
import { normalizeHeader } from './header-words';
import { readSheets, type SheetReader } from './read-file';
import { MARKER_SHEET, readMarker, type MarkerReading } from './round-marker';
import { cellAt, type SheetGrid } from './sheet-grid';
import { unitNamedInFileName } from './unit-in-file-name';

export interface ReturnReading {
  fileName: string;
  marker: MarkerReading;
  unit: string | null;
  matchedBy: MatchedBy | null;
  kind: PlanKind;
  title: string;
  /** Items only, cells keyed by the expected columns' keys; rowId from the hidden sheet where it says. */
  rows: ReturnedRow[];
  /** Expected columns the file lacks. */
  missingColumns: ColumnDef[];
  problems: ReturnProblem[];
  /** The table as the importer read it. */
  table: ImportResult;
}

export interface ReturnExpectation {
  kind?: PlanKind;
  /** The columns the round's sheet has; without a round, the kind's. */
  columns?: readonly ColumnDef[];
  /** The units a file may belong to (the round's), or the directory without a round. */
  units: readonly string[];
  directory: readonly Unit[];
}

export async function readReturn(
  data: Uint8Array,
  fileName: string,
  expect: ReturnExpectation,
  read: SheetReader = readSheets,
): Promise<ReturnReading> {
  const sheets = await read(data, fileName);
  return readReturnSheets(sheets, fileName, expect);
}

export function readReturnSheets(
  sheets: readonly SheetGrid[],
  fileName: string,
  expect: ReturnExpectation,
): ReturnReading {
  const marker = readMarker(sheets);
  const tables = sheets.filter((s) => s.name !== MARKER_SHEET);
  const kind = expect.kind;
  const result = readTable(tables, fileName, kind ? { kind } : {});
  const grid = tables.find((s) => s.name === result.sheet)!;
  const columns = expect.columns ?? [];
  const problems: ReturnProblem[] = [];
  if (marker.found && !marker.valid) {
    problems.push({
      level: 'warning',
      line: null,
      column: null,
      message: '文件中隐藏的识别页被改动过，已按「填报单位」和文件名识别。',
    });
  }
  const at = locateColumns(result, columns);
  const missingColumns = columns.filter((c) => at.get(c.key) === undefined);
  const lineIds = marker.found && marker.valid ? new Map(marker.marker.lines.map((l) => [l.line, l.rowId])) : null;
  const rows: ReturnedRow[] = [];
  for (const r of result.rows) {
    if (r.kind !== 'item') continue;
    const cells: Record<string, string> = {};
    for (const [key, col] of at)
      cells[key] = col.key !== null ? (r.cells[col.key] ?? '') : cellAt(grid, r.line - 1, col.index);
    const rowId = lineIds?.get(r.line) ?? null;
    if (rowId === null && Object.values(cells).every((t) => t.trim() === '' || /^\d+$/.test(t.trim()))) continue;
    rows.push({ rowId, line: r.line, cells });
  }
  const { unit, matchedBy } = whoseFile(marker, result, fileName, expect);
  return {
    fileName,
    marker,
    unit,
    matchedBy,
    kind: result.kind,
    title: result.title,
    rows,
    missingColumns,
    problems,
    table: result,
  };
}

/** Each expected column's place in the file: by its header text first, then by the meaning the importer gave it. */
function locateColumns(
  result: ImportResult,
  columns: readonly ColumnDef[],
): Map<string, ImportResult['columns'][number]> {
  const at = new Map<string, ImportResult['columns'][number]>();
  const taken = new Set<number>();
  for (const c of columns) {
    const label = normalizeHeader(c.label);
    const hit = result.columns.find((ic) => !taken.has(ic.index) && normalizeHeader(ic.source) === label);
    if (hit) {
      at.set(c.key, hit);
      taken.add(hit.index);
    }
  }
  for (const c of columns) {
    if (at.has(c.key)) continue;
    const hit = result.columns.find((ic) => !taken.has(ic.index) && ic.key === c.key);
    if (hit) {
      at.set(c.key, hit);
      taken.add(hit.index);
    }
  }
  if (columns.length === 0) {
    for (const ic of result.columns) if (ic.key !== null && !ic.key.startsWith('x')) at.set(ic.key, ic);
  }
  return at;
}

function whoseFile(
  marker: MarkerReading,
  result: ImportResult,
  fileName: string,
  expect: ReturnExpectation,
): { unit: string | null; matchedBy: MatchedBy | null } {
  if (marker.found && marker.valid) return { unit: marker.marker.unit, matchedBy: 'sheet' };
  const named = result.meta.reportingUnit?.trim();
  if (named) {
    const known = findUnit(expect, named);
    return { unit: known ?? named, matchedBy: 'cell' };
  }
  const fromName = unitInFileName(expect, fileName);
  return fromName ? { unit: fromName, matchedBy: 'fileName' } : { unit: null, matchedBy: null };
}

/** The round's (or directory's) name for a unit as written, other names included. */
function findUnit(expect: ReturnExpectation, name: string): string | undefined {
  const k = name.replace(/[\s\u3000]/g, '');
  const direct = expect.units.find((u) => u.replace(/[\s\u3000]/g, '') === k);
  if (direct) return direct;
  const d = matchUnit(expect.directory, name);
  if (!d) return undefined;
  return expect.units.find((u) => matchUnit(expect.directory, u)?.id === d.id) ?? d.name;
}

/** A unit named in the file name (突破事项-区人民医院.xlsx); the longest name wins (区人民医院 over 人民医院). */
export function unitInFileName(expect: ReturnExpectation, fileName: string): string | null {
  const base = fileName.replace(/\.[^.]+$/, '');
  const names: { name: string; as: string }[] = [];
  for (const u of expect.units) names.push({ name: u, as: u });
  for (const d of expect.directory) {
    for (const n of [d.name, d.shortName, ...d.aliases])
      if (n) names.push({ name: findUnit(expect, d.name) ?? d.name, as: n });
  }
  const hits = names.filter((n) => base.includes(n.as)).sort((a, b) => b.as.length - a.as.length);
  if (hits[0]) return hits[0].name;
  return expect.units.length === 0 ? unitNamedInFileName(fileName) : null;
}
