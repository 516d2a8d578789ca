// Progress per row and period: recorded as undoable actions, 销号 and reopening, and the overview's counts.
import { afterEach, describe, expect, it } from 'vitest';
import { record, list } from '../../electron/host/services/progress';
import { create, open } from '../../electron/host/services/plans';
import { undo, redo } from '../../electron/host/services/history';
import { remove } from '../../electron/host/services/rows';
import { currentPeriod, periodName, periodsOf, statusAt } from '../../shared/domain/progress';
import { overviewOf } from '../../shared/domain/progress-overview';
import { cleanupTemp, codeOf, meta, openTempDb, steadyClock } from './temp-data';

afterEach(cleanupTemp);

const report = { progress: '', problems: '', nextSteps: '', reporter: '医政处' };

function planWithTwoRows() {
  const { db } = openTempDb();
  const now = steadyClock();
  const plan = create(db, { ...meta, kind: 'peidang', year: 2023 }, now(), [
    { kind: 'item', title: '', cells: { measure: '甲', deadline: '8月20日前', lead: '医政处' } },
    { kind: 'item', title: '', cells: { measure: '乙', deadline: '12月底前', lead: '规划处\n医政处' } },
  ]);
  const [a, b] = open(db, plan.id).rows;
  return { db, now, plan: open(db, plan.id).plan, a: a!, b: b! };
}

describe('progress', () => {
  it('keeps each report, and 销号 then 重新打开 leaves both in the history', () => {
    const { db, now, plan, a } = planWithTwoRows();
    record(
      { db, now: now() },
      { planId: plan.id, ...report, rowId: a.id, period: '2023-Q2', status: 'in_progress', progress: '启动' },
    );
    const done = record(
      { db, now: now() },
      { planId: plan.id, ...report, rowId: a.id, period: '2023-Q3', status: 'done', progress: '完成' },
    );
    expect(done.history.undoLabel).toBe('销号');
    expect(done.progressChanged).toBe(true);
    record(
      { db, now: now() },
      { planId: plan.id, ...report, rowId: a.id, period: '2023-Q4', status: 'in_progress', progress: '重新打开' },
    );
    const entries = list({ db }, { planId: plan.id });
    expect(entries.map((e) => [e.period, e.status])).toEqual([
      ['2023-Q2', 'in_progress'],
      ['2023-Q3', 'done'],
      ['2023-Q4', 'in_progress'],
    ]);
    expect(statusAt(entries, a.id, '2023-Q3')?.status).toBe('done');
    expect(statusAt(entries, a.id, '2023-Q1')).toBeUndefined();
  });

  it('undoes and redoes a report, a correction of it included', () => {
    const { db, now, plan, a } = planWithTwoRows();
    record(
      { db, now: now() },
      { planId: plan.id, ...report, rowId: a.id, period: '2023-Q3', status: 'in_progress', progress: '第一次' },
    );
    record(
      { db, now: now() },
      { planId: plan.id, ...report, rowId: a.id, period: '2023-Q3', status: 'behind', progress: '更正' },
    );
    undo({ db, now: now() }, { planId: plan.id });
    expect(list({ db }, { planId: plan.id })).toMatchObject([{ status: 'in_progress', progress: '第一次' }]);
    undo({ db, now: now() }, { planId: plan.id });
    expect(list({ db }, { planId: plan.id })).toEqual([]);
    redo({ db, now: now() }, { planId: plan.id });
    redo({ db, now: now() }, { planId: plan.id });
    expect(list({ db }, { planId: plan.id })).toMatchObject([{ status: 'behind', progress: '更正' }]);
  });

  it('refuses a report on a section row or another plan’s row, and hides the reports of deleted rows', () => {
    const { db, now, plan, a } = planWithTwoRows();
    const other = create(db, { ...meta, kind: 'peidang' }, now(), [{ kind: 'section', title: '（一）', cells: {} }]);
    const section = open(db, other.id).rows[0]!;
    expect(
      codeOf(() =>
        record(
          { db, now: now() },
          { planId: other.id, ...report, rowId: section.id, period: '2023-Q1', status: 'done' },
        ),
      ),
    ).toBe('ROW_NOT_FOUND');
    expect(
      codeOf(() =>
        record({ db, now: now() }, { planId: other.id, ...report, rowId: a.id, period: '2023-Q1', status: 'done' }),
      ),
    ).toBe('ROW_NOT_FOUND');
    record({ db, now: now() }, { planId: plan.id, ...report, rowId: a.id, period: '2023-Q1', status: 'done' });
    remove({ db, now: now() }, { planId: plan.id, ids: [a.id] });
    expect(list({ db }, { planId: plan.id })).toEqual([]);
  });

  it('counts the overview by status and by lead unit, and lists overdue items that are not done', () => {
    const { db, now, plan, a, b } = planWithTwoRows();
    record({ db, now: now() }, { planId: plan.id, ...report, rowId: b.id, period: '2023-Q3', status: 'behind' });
    const doc = open(db, plan.id);
    const o = overviewOf(doc.plan, doc.rows, list({ db }, { planId: plan.id }), '2023-Q3', '2023-09-01');
    expect(o.total).toBe(2);
    expect(o.byStatus).toEqual({ done: 0, in_progress: 0, behind: 1, not_started: 0, unreported: 1 });
    expect(o.byUnit.map((u) => [u.unit, u.total])).toEqual([
      ['医政处', 2],
      ['规划处', 1],
    ]);
    expect(o.overdue.map((r) => r.rowId)).toEqual([a.id]);
    record({ db, now: now() }, { planId: plan.id, ...report, rowId: a.id, period: '2023-Q3', status: 'done' });
    expect(overviewOf(doc.plan, doc.rows, list({ db }, { planId: plan.id }), '2023-Q3', '2023-09-01').overdue).toEqual(
      [],
    );
  });
});

describe('periods', () => {
  it('are quarters by default and months for monthly plans, named in Chinese', () => {
    expect(periodsOf(2026, 'quarter')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodsOf(2026, 'month')).toHaveLength(12);
    expect(periodName('2026-Q3')).toBe('2026年第三季度');
    expect(periodName('2026-03')).toBe('2026年3月');
  });

  it('start at the quarter or month today falls in, within the plan’s year', () => {
    expect(currentPeriod({ year: 2026 }, 'quarter', '2026-05-10')).toBe('2026-Q2');
    expect(currentPeriod({ year: 2026 }, 'month', '2026-05-10')).toBe('2026-05');
    expect(currentPeriod({ year: 2026 }, 'quarter', '2027-02-01')).toBe('2026-Q4');
    expect(currentPeriod({ year: 2026 }, 'quarter', '2025-12-01')).toBe('2026-Q1');
  });
});

describe('dueWithin', () => {
  it('lists what falls due in the next days by lead unit, soonest first, leaving out done rows', async () => {
    const { dueWithin } = await import('../../shared/domain/progress-overview');
    const { db, now, plan, a, b } = planWithTwoRows();
    const doc = open(db, plan.id);
    expect(
      dueWithin(doc.plan, doc.rows, [], '2023-Q3', '2023-08-10', 30).map((g) => [g.unit, g.rows.map((r) => r.due)]),
    ).toEqual([['医政处', ['2023-08-20']]]);
    expect(dueWithin(doc.plan, doc.rows, [], '2023-Q4', '2023-12-01', 45).map((g) => g.unit)).toEqual([
      '规划处',
      '医政处',
    ]);
    record({ db, now: now() }, { planId: plan.id, ...report, rowId: a.id, period: '2023-Q3', status: 'done' });
    expect(dueWithin(doc.plan, doc.rows, list({ db }, { planId: plan.id }), '2023-Q3', '2023-08-10', 30)).toEqual([]);
    expect(b.id).toBeTruthy();
  });
});
