// History written by every earlier version (tests/fixtures/db-vN.db) is undone and redone by this one: each
// snapshot is read in the format it was written in, whatever fields that version's plans and rows then had.
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost } from '../../electron/host/host';
import { open } from '../../electron/host/services/plans';
import { redo, undo } from '../../electron/host/services/history';
import { listProgress } from '../../electron/host/store/progress';
import { cleanupTemp, tempDir } from './temp-data';

afterEach(cleanupTemp);

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
const versions = readdirSync(FIXTURES)
  .map((f) => /^db-v(\d+)\.db$/.exec(f)?.[1])
  .filter((v): v is string => v !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

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

/** Adds to an old file, at its own schema, two more actions as that version recorded them: a rename and a report. */
function writeOldHistory(file: string, v: number): void {
  const db = new Database(file);
  try {
    const t = '2025-04-01T08:00:00.000Z';
    db.prepare(
      "INSERT INTO actions (id, plan_id, label, source, created_at, state) VALUES (2, 'p1', '修改方案信息', 'edit', ?, 'done')",
    ).run(t);
    db.prepare(
      "INSERT INTO changes (action_id, seq, entity, entity_id, before, after) VALUES (2, 0, 'plan', 'p1', ?, ?)",
    ).run(oldPlan(db, v, `第${v}版的配档表`), oldPlan(db, v, '改过的标题'));
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
      db.prepare(
        "INSERT INTO actions (id, plan_id, label, source, created_at, state) VALUES (3, 'p1', '填报进展', 'edit', ?, 'done')",
      ).run(t);
      db.prepare(
        "INSERT INTO changes (action_id, seq, entity, entity_id, before, after) VALUES (3, 0, 'progress', 'r1|2025-Q1', ?, ?)",
      ).run(entry('in_progress'), entry('done'));
    }
  } finally {
    db.close();
  }
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
        const at = '2026-01-01T00:00:00.000Z';
        if (v >= 4) {
          undo({ db, now: at }, { planId: 'p1' });
          expect(listProgress(db, 'p1').map((e) => e.status)).toEqual(['in_progress']);
        }
        const renamed = undo({ db, now: at }, { planId: 'p1' });
        expect(renamed.plan).toMatchObject({ title: `第${v}版的配档表`, numbering: 'continuous', cadence: 'quarter' });
        undo({ db, now: at }, { planId: 'p1' });
        expect(open(db, 'p1').rows.map((r) => r.cells.measure ?? r.title)).toContain('已删除的一行');
        redo({ db, now: at }, { planId: 'p1' });
        redo({ db, now: at }, { planId: 'p1' });
        expect(open(db, 'p1').plan.title).toBe('改过的标题');
        expect(open(db, 'p1').rows.map((r) => r.cells.measure ?? r.title)).not.toContain('已删除的一行');
        if (v >= 4) {
          redo({ db, now: at }, { planId: 'p1' });
          expect(listProgress(db, 'p1').map((e) => e.status)).toEqual(['done']);
        }
      } finally {
        host.close();
      }
    });
  }
});
