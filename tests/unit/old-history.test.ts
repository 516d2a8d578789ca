// History written by every earlier version (tests/fixtures/db-vN.db) is undone and redone by this one: each
// snapshot is read in the format it was written in, whatever fields that version's plans, rows, returns and units
// then had — and what the clerk sees after each step (the plan, the file's state, the board, the 单位名录) is right.
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost } from '../../electron/host/host';
import { open, setColumns } from '../../electron/host/services/plans';
import { redo, undo } from '../../electron/host/services/history';
import { view } from '../../electron/host/services/rounds';
import { listProgress } from '../../electron/host/store/progress';
import { decisionsOf, getSubmission } from '../../electron/host/store/rounds';
import { listUnits } from '../../electron/host/store/units';
import { listGroups } from '../../electron/host/store/groups';
import type { Db } from '../../electron/host/store/db';
import { choiceOf, supportColumn } from '../../shared/domain/column-roles';
import { UNIT_STATUS_NAMES } from '../../shared/domain/round';
import { cleanupTemp, tempDir } from './temp-data';

afterEach(cleanupTemp);

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
const versions = readdirSync(FIXTURES)
  .map((f) => /^db-v(\d+)\.db$/.exec(f)?.[1])
  .filter((v): v is string => v !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

/** The first version whose history holds returns, decisions and units (make-old-databases.ts says why). */
const ONE_HISTORY = 10;
/** The first version whose history holds the groups of the 单位名录. */
const GROUP_HISTORY = 12;

/** The plan as version v wrote it in a snapshot: without 序号 numbering before v3, without cadence before v4. */
function oldPlan(db: Database.Database, v: number, title: string): string {
  const r = db.prepare('SELECT * FROM plans WHERE id = ?').get('p1') as Record<string, unknown>;
  const plan: Record<string, unknown> = {
    id: r.id,
    kind: r.kind,
    title,
    issuer: r.issuer,
    docNo: r.doc_no,
    year: r.year,
    attachmentLabel: r.attachment_label,
    columns: JSON.parse(r.columns as string),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: null,
  };
  if (v >= 3) plan.numbering = r.numbering;
  if (v >= 4) plan.cadence = r.cadence;
  return JSON.stringify(plan);
}

/**
 * Adds to an old file, at its own schema, two more actions as that version recorded them: a rename and a report,
 * in snapshot format 2 from the version that wrote it (before: format 1, the column's default).
 */
function writeOldHistory(file: string, v: number): void {
  const db = new Database(file);
  try {
    const t = '2025-08-01T08:00:00.000Z';
    const format = v >= ONE_HISTORY ? 2 : 1;
    const action = db.prepare(
      "INSERT INTO actions (plan_id, label, source, created_at, state) VALUES ('p1', ?, 'edit', ?, 'done')",
    );
    const change = (actionId: number, entity: string, id: string, before: string, after: string) =>
      v >= ONE_HISTORY
        ? db
            .prepare(
              'INSERT INTO changes (action_id, seq, entity, entity_id, before, after, format) VALUES (?, 0, ?, ?, ?, ?, ?)',
            )
            .run(actionId, entity, id, before, after, format)
        : db
            .prepare('INSERT INTO changes (action_id, seq, entity, entity_id, before, after) VALUES (?, 0, ?, ?, ?, ?)')
            .run(actionId, entity, id, before, after);
    const renamed = Number(action.run('修改方案信息', t).lastInsertRowid);
    change(renamed, 'plan', 'p1', oldPlan(db, v, `第${v}版的配档表`), oldPlan(db, v, '改过的标题'));
    db.prepare("UPDATE plans SET title = '改过的标题' WHERE id = 'p1'").run();
    if (v >= 4) {
      const entry = (status: string) =>
        JSON.stringify({
          rowId: 'r1',
          period: '2025-Q1',
          status,
          progress: '已完成',
          problems: '',
          nextSteps: '',
          reporter: '医政处',
          reportedAt: t,
        });
      const reported = Number(action.run('填报进展', t).lastInsertRowid);
      change(reported, 'progress', 'r1|2025-Q1', entry('in_progress'), entry('done'));
    }
  } finally {
    db.close();
  }
}

const at = '2026-01-01T00:00:00.000Z';

/** What the round's board says of the unit, in the clerk's words. */
function boardSays(db: Db): string {
  const { board } = view({ db }, { roundId: 'rd1', today: '2025-07-08' });
  return UNIT_STATUS_NAMES[board[0]!.status];
}

function fileState(db: Db, id: string): { state: string; reason: string; log: string[] } {
  const s = getSubmission(db, id)!;
  return { state: s.state, reason: s.reason, log: decisionsOf(db, id).map((d) => d.action) };
}

function q2Progress(db: Db): string | undefined {
  return listProgress(db, 'p1').find((e) => e.period === '2025-Q2')?.progress;
}

function contactOf(db: Db): string {
  return listUnits(db).find((u) => u.id === 'u1')!.contact;
}

/** Undo and redo of what versions 10 and later recorded of a round, the 单位名录 and its groups, step by step. */
function undoRoundHistory(db: Db, v: number): void {
  if (v >= GROUP_HISTORY) {
    expect(listGroups(db).map((g) => g.name)).toEqual(['第一组']);
    undo({ db, now: at }, { planId: 'p1' });
    expect(listGroups(db)).toEqual([]);
  }
  expect(contactOf(db)).toBe('张敏');
  undo({ db, now: at }, { planId: 'p1' });
  expect(contactOf(db)).toBe('');

  expect(boardSays(db)).toBe('已采用');
  undo({ db, now: at }, { planId: 'p1' });
  expect(fileState(db, 'sb2')).toEqual({ state: 'received', reason: '', log: ['receive'] });
  expect(boardSays(db)).toBe('已报');
  expect(q2Progress(db)).toBeUndefined();

  expect(fileState(db, 'sb1')).toMatchObject({ state: 'returned', reason: '进展情况未填写' });
  undo({ db, now: at }, { planId: 'p1' });
  expect(fileState(db, 'sb1')).toEqual({ state: 'received', reason: '', log: ['receive'] });
}

function redoRoundHistory(db: Db, v: number): void {
  redo({ db, now: at }, { planId: 'p1' });
  expect(fileState(db, 'sb1')).toEqual({ state: 'returned', reason: '进展情况未填写', log: ['receive', 'return'] });
  expect(boardSays(db)).toBe('已报');

  redo({ db, now: at }, { planId: 'p1' });
  expect(fileState(db, 'sb2')).toEqual({ state: 'accepted', reason: '', log: ['receive', 'accept'] });
  expect(boardSays(db)).toBe('已采用');
  expect(q2Progress(db)).toBe('二级以上医院全部开通预约诊疗');

  redo({ db, now: at }, { planId: 'p1' });
  expect(contactOf(db)).toBe('张敏');
  if (v >= GROUP_HISTORY) {
    redo({ db, now: at }, { planId: 'p1' });
    expect(listGroups(db).map((g) => [g.name, g.leader, g.units])).toEqual([['第一组', '王强', ['医政医管处']]]);
  }
}

/** The 牵头/配合 of each unit column, as 列设置 shows it. */
function parts(db: Db): [string, string][] {
  return open(db, 'p1')
    .plan.columns.filter((c) => c.role === 'unit')
    .map((c) => [c.label, choiceOf(c)]);
}

describe('history written by earlier versions', () => {
  for (const v of versions) {
    it(`undoes and redoes every action a version ${v} database recorded`, () => {
      const dataDir = tempDir();
      const file = join(dataDir, 'peidang.db');
      copyFileSync(join(FIXTURES, `db-v${v}.db`), file);
      writeOldHistory(file, v);
      const host = startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined });
      try {
        const db = host.ctx.db;
        if (v >= 4) {
          undo({ db, now: at }, { planId: 'p1' });
          expect(listProgress(db, 'p1').find((e) => e.period === '2025-Q1')?.status).toBe('in_progress');
        }
        const renamed = undo({ db, now: at }, { planId: 'p1' });
        expect(renamed.plan).toMatchObject({ title: `第${v}版的配档表`, numbering: 'continuous', cadence: 'quarter' });
        // The plan put back was written before 0013 stored each unit column's part: it comes back with its parts.
        expect(renamed.plan!.columns.filter((c) => c.role === 'unit').map((c) => c.part)).toEqual(['lead', 'support']);
        if (v >= ONE_HISTORY) undoRoundHistory(db, v);
        undo({ db, now: at }, { planId: 'p1' });
        expect(open(db, 'p1').rows.map((r) => r.cells.measure ?? r.title)).toContain('已删除的一行');
        redo({ db, now: at }, { planId: 'p1' });
        expect(open(db, 'p1').rows.map((r) => r.cells.measure ?? r.title)).not.toContain('已删除的一行');
        if (v >= ONE_HISTORY) redoRoundHistory(db, v);
        redo({ db, now: at }, { planId: 'p1' });
        expect(open(db, 'p1').plan.title).toBe('改过的标题');
        if (v >= 4) {
          redo({ db, now: at }, { planId: 'p1' });
          expect(listProgress(db, 'p1').find((e) => e.period === '2025-Q1')?.status).toBe('done');
        }
        expect(parts(db)).toEqual([
          ['牵头处室', 'lead'],
          ['协办处室', 'support'],
        ]);
        // 配合 stays 配合 when the clerk renames the column, as in any plan written since 0013.
        const columns = open(db, 'p1').plan.columns.map((c) => (c.key === 'c1' ? { ...c, label: '协同处室' } : c));
        setColumns({ db, now: at }, { planId: 'p1', columns, label: '修改列' });
        expect(supportColumn(open(db, 'p1').plan)?.label).toBe('协同处室');
      } finally {
        host.close();
      }
    });
  }
});
