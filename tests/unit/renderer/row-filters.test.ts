// The editor's filters: due dates, units, and the rows shown with their section headings.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain/plan';
import type { Unit } from '../../../shared/domain/unit-directory';
import { dueStatusByRow, namesUnit, rowsPassing, unitsNamed } from '../../../renderer/features/editor/row-filters';
import { TEMPLATES } from '../../../shared/templates/kinds';
import { item, section } from './grid-view';

const plan: Plan = {
  id: 'p',
  kind: 'peidang',
  title: '配档表',
  issuer: '',
  docNo: '',
  year: 2026,
  attachmentLabel: '',
  numbering: 'continuous',
  cadence: 'quarter',
  columns: TEMPLATES.peidang.columns,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
};

const directory: Unit[] = [
  {
    id: 'u1',
    name: '医政医管处',
    shortName: '医政处',
    aliases: [],
    kind: 'office',
    leader: '',
    contact: '',
    phone: '',
  },
];

describe('dueStatusByRow', () => {
  it('marks items past their deadline overdue, leaves items done and section rows out', () => {
    const rows = [
      section('s', '（一）'),
      item('a', { deadline: '2026年3月底前' }),
      item('b', { deadline: '2026年12月底前' }),
      item('c', { deadline: '2026年3月底前' }),
    ];
    const of = dueStatusByRow(plan, rows, (id) => id === 'c', '2026-06-01');
    expect(of.get('a')).toBe('overdue');
    expect(of.get('b')).toBe('later');
    expect(of.has('c')).toBe(false);
    expect(of.has('s')).toBe(false);
  });
});

describe('unitsNamed and namesUnit', () => {
  const rows = [
    item('a', { lead: '医政处', support: '疾控处、妇幼处' }),
    item('b', { lead: '医政医管处' }),
    item('c', { lead: '疾控处' }),
    item('d', { support: '医政处' }),
  ];
  it('lists each unit once under the directory’s name, the most named first', () => {
    expect(unitsNamed(rows, ['lead', 'support'], directory)).toEqual(['医政医管处', '疾控处', '妇幼处']);
  });
  it('finds an item by a unit named in any unit column, under any of its names', () => {
    expect(namesUnit(rows[0]!, ['lead', 'support'], directory, '医政医管处')).toBe(true);
    expect(namesUnit(rows[0]!, ['lead', 'support'], directory, '妇幼处')).toBe(true);
    expect(namesUnit(rows[2]!, ['lead', 'support'], directory, '医政医管处')).toBe(false);
  });
});

describe('rowsPassing', () => {
  const rows = [section('s1', '（一）'), item('a'), section('s2', '（二）'), item('b'), item('c')];
  it('keeps the items that pass every filter and the heading of their section, and no empty section', () => {
    const passes = rowsPassing(rows, [(r) => r.id !== 'a', (r) => r.id !== 'c'])!;
    expect(rows.filter(passes).map((r) => r.id)).toEqual(['s2', 'b']);
  });
  it('is null when no filter is in use', () => {
    expect(rowsPassing(rows, [null, null])).toBeNull();
  });
});
