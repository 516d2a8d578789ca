// 完成时限 as the seed documents write them, and more: each read into a due date, a rule, open, or unreadable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDeadline } from '../../shared/domain/deadline';

const date = (due: string) => ({ kind: 'date', due });

describe('readDeadline on every 完成时限 of the seeds', () => {
  const cases: [string, number, object][] = [
    ['8月20日前', 2023, date('2023-08-20')],
    ['8 月 20 日前', 2023, date('2023-08-20')],
    ['6月底前', 2023, date('2023-06-30')],
    ['7月底前', 2023, date('2023-07-31')],
    ['8月底前', 2021, date('2021-08-31')],
    ['9月底前', 2021, date('2021-09-30')],
    ['10月底前', 2021, date('2021-10-31')],
    ['11月底前', 2025, date('2025-11-30')],
    ['12月底前', 2025, date('2025-12-31')],
    ['7月26日前', 2025, date('2025-07-26')],
    ['3 月 12 日前', 2021, date('2021-03-12')],
    ['年内', 2025, date('2025-12-31')],
    ['年底前', 2026, date('2026-12-31')],
    ['2026年底前', 2025, date('2026-12-31')],
    ['第一季度', 2026, date('2026-03-31')],
    ['第二季度', 2026, date('2026-06-30')],
    ['第三季度', 2026, date('2026-09-30')],
    ['第四季度', 2026, date('2026-12-31')],
    ['上半年', 2026, date('2026-06-30')],
    ['2025年4月23日', 2026, date('2025-04-23')],
    ['2022年7月18日', 2022, date('2022-07-18')],
    ['长期坚持', 2023, { kind: 'open', due: null }],
    ['持续推进', 2026, { kind: 'open', due: null }],
    ['常态化', 2026, { kind: 'open', due: null }],
  ];
  for (const [text, year, expected] of cases) {
    it(`reads ${text} (plan year ${year})`, () => expect(readDeadline(text, year)).toEqual(expected));
  }

  it('reads 每月3日前 as a monthly deadline whose next date follows the day it is read', () => {
    expect(readDeadline('每月3日前', 2026, '2026-05-10')).toEqual({
      kind: 'recurring',
      due: '2026-06-03',
      recurrence: { every: 'month', day: 3 },
    });
    expect(readDeadline('每月3日前', 2026, '2026-05-02')).toMatchObject({ due: '2026-05-03' });
    expect(readDeadline('每月3日前', 2026, '2026-12-20')).toMatchObject({ due: '2027-01-03' });
  });

  it('reads every 完成时限 of the seed 配档表 to a date', () => {
    const seed = JSON.parse(readFileSync(join(process.cwd(), 'seeds', 'peidang-bairi-gongjian-2023.json'), 'utf8')) as {
      rows: { cells?: Record<string, string> }[];
    };
    const deadlines = seed.rows.flatMap((r) => (r.cells?.deadline ? [r.cells.deadline] : []));
    expect(deadlines).toHaveLength(50);
    for (const d of deadlines) expect(readDeadline(d, 2023).kind, d).toBe('date');
  });
});

describe('readDeadline on other ways of writing', () => {
  const cases: [string, object][] = [
    ['２０２６年１２月３１日', date('2026-12-31')],
    ['十二月底前', date('2026-12-31')],
    ['2026-09-30', date('2026-09-30')],
    ['2026/9/30', date('2026-09-30')],
    ['6月上旬', date('2026-06-10')],
    ['6月中旬前', date('2026-06-20')],
    ['6月下旬', date('2026-06-30')],
    ['6月前', date('2026-05-31')],
    ['1月前', date('2025-12-31')],
    ['下半年', date('2026-12-31')],
    ['前三季度', date('2026-09-30')],
    ['一季度末', date('2026-03-31')],
    ['2027年上半年', date('2027-06-30')],
    ['6月底前启动，12月底前完成', date('2026-12-31')],
    ['8月20日前（每月报送进展）', date('2026-08-20')],
    ['2月30日前', { kind: 'unreadable', due: null }],
    ['13月底前', { kind: 'unreadable', due: null }],
    ['视情况而定', { kind: 'unreadable', due: null }],
    ['', { kind: 'open', due: null }],
    ['/', { kind: 'open', due: null }],
    ['每季度末', { kind: 'recurring', due: null, recurrence: { every: 'quarter' } }],
    ['每周五', { kind: 'recurring', due: null, recurrence: { every: 'week' } }],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => expect(readDeadline(text, 2026)).toEqual(expected));
  }
});
