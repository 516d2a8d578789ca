// The check of a returned table (突破事项): a 完成时限 written with its full date that had already passed on the day
// the file came in is a 提醒 for the clerk, naming the line, the column and the date read.
import { describe, expect, it } from 'vitest';
import { checkReturn, itemsById } from '../../shared/domain/return-check';
import { Plan } from '../../shared/domain/plan';
import { Round, type ReturnedRow } from '../../shared/domain/round';
import { templateOf } from '../../shared/templates/kinds';

const plan = Plan.parse({
  id: 'p1',
  kind: 'breakthrough',
  title: '突破事项汇总表',
  issuer: '',
  docNo: '',
  year: 2026,
  attachmentLabel: '',
  columns: templateOf('breakthrough').columns,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
  deletedAt: null,
});

const round = Round.parse({
  id: 'r1',
  createdAt: '2026-03-01T08:00:00.000Z',
  planId: plan.id,
  title: '2026年度突破事项·填报',
  mode: 'table',
  period: null,
  units: ['区中医院'],
  dueDate: '2026-05-12',
});

/** The check of a table return that came in on `receivedOn` (unknown: undefined), its lines as a unit wrote them. */
function check(lines: Record<string, string>[], receivedOn?: string) {
  const rows: ReturnedRow[] = lines.map((cells, i) => ({ rowId: null, line: 5 + i, cells }));
  return checkReturn(rows, {
    round,
    plan,
    planRows: [],
    itemsById: itemsById([]),
    unitRows: [],
    columns: plan.columns,
    missingColumns: [],
    ...(receivedOn === undefined ? {} : { receivedOn }),
  });
}

const item = (name: string, deadline: string) => ({ name, content: '建成', measures: '争取资金', deadline });

describe('the review of a table return', () => {
  it('warns of a 完成时限 with a full date already past when the file came in, and not of one still ahead', () => {
    const { problems } = check(
      [
        item('中医馆建设', '2026年3月31日'),
        item('家庭医生签约', '2026-04-19'),
        item('胸痛中心', '2026年4月20日前'),
        item('卒中中心', '2026年9月底前'),
      ],
      '2026-04-20',
    );
    expect(problems).toEqual([
      {
        level: 'warning',
        line: 5,
        column: '完成时限',
        message: '第 5 行「完成时限」列：「2026年3月31日」（2026-03-31）在报送时已经过去，请核实。',
      },
      {
        level: 'warning',
        line: 6,
        column: '完成时限',
        message: '第 6 行「完成时限」列：「2026-04-19」（2026-04-19）在报送时已经过去，请核实。',
      },
    ]);
  });

  it('says nothing of a past full date when the day the file came in is not known', () => {
    const { problems } = check([item('中医馆建设', '2026年3月31日')]);
    expect(problems).toEqual([]);
  });
});
