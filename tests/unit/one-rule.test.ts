// The domain rules asked in one place: which column is the lead, support, deadline and text column; when an item is
// overdue; which returned files may be accepted; column letters; files written whole.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deadlineColumns, leadColumn, supportColumn, textColumn, unitColumns } from '../../shared/domain/column-roles';
import { cellDueStatus, itemDueStatus } from '../../shared/domain/due-status';
import { overviewOf } from '../../shared/domain/progress-overview';
import { acceptableByUnit, isAcceptable, type Submission } from '../../shared/domain/round';
import { columnIndex, columnLetter } from '../../shared/column-letters';
import { templateOf } from '../../shared/templates/kinds';
import type { Plan, Row } from '../../shared/domain/plan';
import { replaceWhole, writeWhole } from '../../electron/host/write-whole';
import { cleanupTemp, tempDir } from './temp-data';

afterEach(cleanupTemp);

function peidang(order: 'lead-first' | 'support-first'): Plan {
  const columns = templateOf('peidang').columns;
  const lead = columns.find((c) => c.key === 'lead')!;
  const support = columns.find((c) => c.key === 'support')!;
  const rest = columns.filter((c) => c !== lead && c !== support);
  return {
    id: 'p',
    kind: 'peidang',
    title: '配档表',
    issuer: '',
    docNo: '',
    year: 2026,
    attachmentLabel: '',
    numbering: 'continuous',
    cadence: 'quarter',
    columns: order === 'lead-first' ? [...rest, lead, support] : [...rest, support, lead],
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
  };
}

const item = (id: string, cells: Record<string, string>): Row => ({ id, kind: 'item', title: '', cells });

describe('column roles', () => {
  it('finds 牵头处室 as the lead column wherever 配合处室 stands', () => {
    for (const order of ['lead-first', 'support-first'] as const) {
      const plan = peidang(order);
      expect(leadColumn(plan)?.label).toBe('牵头处室');
      expect(supportColumn(plan)?.label).toBe('配合处室');
      expect(
        unitColumns(plan)
          .map((c) => c.key)
          .sort(),
      ).toEqual(['lead', 'support']);
    }
  });

  it('reads the unit column of every other kind as its lead, with no support column', () => {
    for (const kind of ['quarterly', 'minsheng', 'breakthrough', 'rectification'] as const) {
      const t = templateOf(kind);
      expect(leadColumn(t)?.role).toBe('unit');
      expect(supportColumn(t)).toBeUndefined();
    }
  });

  it('takes a unit column a clerk added as 协办单位 for a support column', () => {
    const plan = peidang('lead-first');
    const added = {
      ...plan,
      columns: [...plan.columns, { key: 'helper', label: '协办单位', role: 'unit' as const, width: 10 }],
    };
    expect(unitColumns(added).map((c) => c.key)).toContain('helper');
    expect(leadColumn(added)?.key).toBe('lead');
  });

  it('leaves hidden deadline columns out, and takes the first text column for the item', () => {
    const plan = peidang('lead-first');
    const hidden = { ...plan, columns: plan.columns.map((c) => (c.role === 'deadline' ? { ...c, hidden: true } : c)) };
    expect(deadlineColumns(plan).map((c) => c.key)).toEqual(['deadline']);
    expect(deadlineColumns(hidden)).toEqual([]);
    expect(textColumn(plan)?.key).toBe('measure');
  });

  it('counts 进度总览 by the lead unit even when 配合处室 comes first', () => {
    const plan = peidang('support-first');
    const rows = [item('a', { measure: '甲', lead: '医政处', support: '规划处' })];
    const o = overviewOf(plan, rows, [], '2026-Q1', '2026-03-01');
    expect(o.byUnit.map((u) => u.unit)).toEqual(['医政处']);
  });
});

describe('overdue', () => {
  const plan = peidang('lead-first');
  const withTwo = {
    ...plan,
    columns: [...plan.columns, { key: 'due2', label: '完成时限二', role: 'deadline' as const, width: 10 }],
  };

  it('is the most pressing of an item’s deadlines, with the column that says so', () => {
    const row = item('a', { deadline: '12月底前', due2: '3月1日前' });
    expect(itemDueStatus(withTwo, row, false, '2026-03-10')).toEqual({ status: 'overdue', key: 'due2' });
    expect(itemDueStatus(withTwo, row, false, '2026-02-20')).toEqual({ status: 'soon', key: 'due2' });
  });

  it('is nothing for an item done, a section row or a plan without a deadline', () => {
    const row = item('a', { deadline: '3月1日前' });
    expect(itemDueStatus(plan, row, true, '2026-03-10').status).toBe('none');
    expect(
      itemDueStatus(plan, { id: 's', kind: 'section', title: '一、', cells: {} }, false, '2026-03-10').status,
    ).toBe('none');
    expect(cellDueStatus('3月1日前', 2026, '2026-03-10', true)).toBe('none');
    expect(cellDueStatus('3月1日前', 2026, '2026-03-10', false)).toBe('overdue');
  });

  it('lists in 进度总览 the overdue items the filter counts, not the done ones', () => {
    const rows = [
      item('a', { measure: '甲', deadline: '3月1日前', lead: '医政处' }),
      item('b', { measure: '乙', deadline: '3月1日前' }),
    ];
    const entries = [
      {
        rowId: 'b',
        period: '2026-Q1',
        status: 'done' as const,
        progress: '',
        problems: '',
        nextSteps: '',
        reporter: '',
        reportedAt: '2026-03-02T00:00:00Z',
      },
    ];
    const o = overviewOf(plan, rows, entries, '2026-Q1', '2026-03-10');
    expect(o.overdue.map((r) => [r.rowId, r.deadline])).toEqual([['a', '3月1日前']]);
  });
});

describe('acceptable returns', () => {
  const file = (id: string, unit: string | null, state: Submission['state'], errors = 0) =>
    ({
      id,
      unit,
      state,
      problems: Array.from({ length: errors }, () => ({ level: 'error' as const, message: '错' })),
    }) as unknown as Submission;

  it('takes a file waiting for review, from a known unit, without an error', () => {
    expect(isAcceptable(file('1', '医政处', 'received'))).toBe(true);
    expect(isAcceptable(file('2', '医政处', 'received', 1))).toBe(false);
    expect(isAcceptable(file('3', null, 'received'))).toBe(false);
    expect(isAcceptable(file('4', '医政处', 'accepted'))).toBe(false);
  });

  it('takes of a unit’s several files the one that came in last', () => {
    const got = acceptableByUnit([
      file('1', '医政处', 'received'),
      file('2', '规划处', 'received'),
      file('3', '医政处', 'received'),
    ]);
    expect([...got.entries()].map(([u, s]) => [u, s.id])).toEqual([
      ['医政处', '3'],
      ['规划处', '2'],
    ]);
  });
});

describe('column letters', () => {
  it('names columns as Excel does, both ways', () => {
    const cases: [number, string][] = [
      [0, 'A'],
      [25, 'Z'],
      [26, 'AA'],
      [51, 'AZ'],
      [52, 'BA'],
      [701, 'ZZ'],
      [702, 'AAA'],
      [16383, 'XFD'],
    ];
    for (const [i, s] of cases) {
      expect(columnLetter(i)).toBe(s);
      expect(columnIndex(s)).toBe(i);
      expect(columnIndex(s.toLowerCase())).toBe(i);
    }
  });
});

describe('files written whole', () => {
  it('writes the file and leaves no partial file beside it', () => {
    const dir = tempDir();
    writeWhole(join(dir, 'a.txt'), '甲');
    writeWhole(join(dir, 'a.txt'), '乙');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('乙');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('keeps the old file and removes the partial one when the writing fails', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeWhole(file, '旧');
    expect(() =>
      replaceWhole(file, (partial) => {
        writeWhole(partial, '半');
        throw new Error('磁盘已满');
      }),
    ).toThrow('磁盘已满');
    expect(readFileSync(file, 'utf8')).toBe('旧');
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});
