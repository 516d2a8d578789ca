// 修改记录 of a row: the recorded actions that touched it or its progress, read back as before → after per column,
// each saying where it came from, with the undo and redo of those actions as entries of their own.
import type { InputOf, OutputOf } from '../../../shared/api';
import type { ColumnDef } from '../../../shared/domain/plan';
import { HISTORY_LIMIT, type HistoryChange, type HistoryEntry } from '../../../shared/domain/history';
import { periodName, STATUS_NAMES, type ProgressEntry } from '../../../shared/domain/progress';
import { changesOfRow, eventsOf, planOrigin, type RowChangeRecord } from '../store/history';
import { getRowState, type RowState } from '../store/rows';
import type { Db } from '../store/db';
import { requirePlan } from '../store/plans';
import { decodeSnapshot, splitProgressId } from './snapshots';
import type { DepsOf } from './deps';

/** The row's entries, newest first, at most `limit` (HISTORY_LIMIT). */
export function ofRow({ db }: DepsOf<'db'>, input: InputOf<'history.ofRow'>): OutputOf<'history.ofRow'> {
  const limit = input.limit ?? HISTORY_LIMIT;
  const plan = requirePlan(db, input.planId);
  const recs = changesOfRow(db, plan.id, input.rowId, limit);
  const byAction = groupByAction(recs);
  const entries: { entry: HistoryEntry; order: [string, number, number] }[] = [];
  const made = byAction.size < limit ? madeWithPlan(db, plan.id, input.rowId, recs, plan.columns) : undefined;
  if (made) entries.push({ entry: made, order: [made.at, 0, 0] });
  for (const recs of byAction.values()) {
    const first = recs[0]!;
    const changes = recs.flatMap((r) => changesIn(r, plan.columns));
    if (changes.length === 0) continue;
    const from = fromOf(first, recs.map((r) => r.changeOrigin).find(Boolean) ?? '');
    const entry = {
      at: first.at,
      label: first.label,
      from,
      kind: 'change' as const,
      undone: first.state === 'undone',
      changes,
    };
    entries.push({ entry, order: [first.at, first.actionId, 0] });
  }
  const labels = new Map(entries.map((e) => [e.order[1], e.entry]));
  for (const ev of eventsOf(db, [...labels.keys()])) {
    const done = labels.get(ev.actionId)!;
    const undo = ev.kind === 'undo';
    const changes = done.changes.map((c) => (undo ? { ...c, before: c.after, after: c.before } : c));
    const entry: HistoryEntry = {
      at: ev.at,
      label: `${undo ? '撤销' : '重做'}「${done.label}」`,
      from: undo ? '撤销' : '重做',
      kind: ev.kind,
      undone: false,
      changes,
    };
    entries.push({ entry, order: [ev.at, ev.actionId, ev.id] });
  }
  entries.sort((a, b) => compareDesc(a.order, b.order));
  return entries.slice(0, limit).map((e) => e.entry);
}

/**
 * A row that came with its plan (imported as a new plan) has no action that made it: its first entry is the plan's
 * origin, with the row as it then was (before its oldest recorded change, or as it is when none).
 */
function madeWithPlan(
  db: Db,
  planId: string,
  rowId: string,
  recs: RowChangeRecord[],
  columns: ColumnDef[],
): HistoryEntry | undefined {
  const origin = planOrigin(db, planId);
  const rowRecs = recs.filter((r) => r.entity === 'row');
  const oldest = rowRecs[rowRecs.length - 1];
  if (!origin || (oldest && oldest.before === null)) return undefined;
  const first = oldest ? (decodeSnapshot('row', oldest.format, oldest.before) as RowState) : getRowState(db, rowId);
  if (!first) return undefined;
  const source = origin.origin;
  const label = source.startsWith('import:') ? `导入「${source.slice('import:'.length)}」` : source;
  const changes = rowChanges(null, { ...first, deleted: false }, columns);
  return { at: origin.at, label, from: label, kind: 'change', undone: false, changes };
}

function compareDesc(a: [string, number, number], b: [string, number, number]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? 1 : -1;
  if (a[2] !== b[2]) return b[2] - a[2];
  return b[1] - a[1];
}

function groupByAction(recs: RowChangeRecord[]): Map<number, RowChangeRecord[]> {
  const out = new Map<number, RowChangeRecord[]>();
  for (const r of recs) out.set(r.actionId, [...(out.get(r.actionId) ?? []), r]);
  return out;
}

/** Where an action's change came from, as 修改记录 says it. */
function fromOf(r: RowChangeRecord, changeOrigin: string): string {
  if (r.source === 'typed') return '输入';
  if (r.source === 'paste') return '粘贴';
  if (r.source.startsWith('import:')) return `导入「${r.source.slice('import:'.length)}」`;
  const origin = changeOrigin || r.origin;
  if (r.source === 'round' && origin) return r.label.startsWith('采用') ? `采用${origin}` : `${r.label}：${origin}`;
  return r.label;
}

function changesIn(r: RowChangeRecord, columns: ColumnDef[]): HistoryChange[] {
  if (r.entity === 'progress') return progressChange(r);
  if (r.entity !== 'row') return [];
  const before = decodeSnapshot('row', r.format, r.before) as RowState | null;
  const after = decodeSnapshot('row', r.format, r.after) as RowState | null;
  return rowChanges(before, after, columns);
}

function rowChanges(before: RowState | null, after: RowState | null, columns: ColumnDef[]): HistoryChange[] {
  const live = (s: RowState | null) => !!s && !s.deleted;
  const out: HistoryChange[] = [];
  if (live(before) !== live(after))
    out.push({
      key: 'row',
      label: '行',
      before: live(before) ? '有' : '',
      after: live(after) ? (before ? '恢复' : '新增') : '删除',
    });
  if ((before?.title ?? '') !== (after?.title ?? ''))
    out.push({ key: 'title', label: '分组行', before: before?.title ?? '', after: after?.title ?? '' });
  const keys = new Set([...Object.keys(before?.cells ?? {}), ...Object.keys(after?.cells ?? {})]);
  const ordered = [
    ...columns.map((c) => c.key).filter((k) => keys.has(k)),
    ...[...keys].filter((k) => !columns.some((c) => c.key === k)),
  ];
  for (const key of ordered) {
    const b = before?.cells[key] ?? '';
    const a = after?.cells[key] ?? '';
    if (a !== b) out.push({ key, label: columns.find((c) => c.key === key)?.label ?? key, before: b, after: a });
  }
  if (out.length === 0 && before && after && before.position !== after.position)
    out.push({ key: 'row', label: '位置', before: '', after: '移动' });
  return out;
}

function progressChange(r: RowChangeRecord): HistoryChange[] {
  const [, period] = splitProgressId(r.entityId);
  const text = (s: string | null) => {
    const e = decodeSnapshot('progress', r.format, s) as ProgressEntry | null;
    return e ? progressText(e) : '';
  };
  const before = text(r.before);
  const after = text(r.after);
  return before === after ? [] : [{ key: 'progress', label: `进展（${periodName(period)}）`, before, after }];
}

function progressText(e: ProgressEntry): string {
  const parts: [string, string][] = [
    ['状态', STATUS_NAMES[e.status]],
    ['进展情况', e.progress],
    ['存在问题', e.problems],
    ['下步打算', e.nextSteps],
    ['填报人', e.reporter],
  ];
  return parts
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}：${v}`)
    .join('\n');
}
