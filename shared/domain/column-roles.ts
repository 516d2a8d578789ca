// Which column of a plan is which — its lead unit (牵头), its supporting units (配合), its deadlines, its main text —
// asked here and nowhere else, by the roles stored on the plan's columns, never by position: moving 配合处室 before
// 牵头处室 changes nothing that is counted, and a column the clerk marks 配合 in 列设置 is 配合 whatever its name.
import type { ColumnDef, ColumnRole, Plan, UnitPart } from './plan';

export type { UnitPart } from './plan';

/** Of the columns holding units, which ones name the supporting units; the others name the unit in charge. */
const SUPPORT_LABEL = /配合|协助|协办|参与/;

type Columns = Pick<Plan, 'columns'>;
type RoleOf = Pick<ColumnDef, 'key' | 'label' | 'role' | 'part'>;

/**
 * The part a unit column is given where none is stored yet (a column read from a file, a kind's template, a plan of
 * an older version): 配合 by its key or its name (配合处室, 协办单位 …), else 牵头.
 */
export function derivedPart(column: Pick<ColumnDef, 'key' | 'label'>): UnitPart {
  return column.key === 'support' || SUPPORT_LABEL.test(column.label) ? 'support' : 'lead';
}

/** Whether a unit column names the unit in charge (牵头/责任) or those that help (配合); null for other columns. */
export function unitPartOf(column: RoleOf): UnitPart | null {
  if (column.role !== 'unit') return null;
  return column.part ?? derivedPart(column);
}

/** The columns with their parts stored: each unit column gets its part, every other column none. */
export function withParts(columns: readonly ColumnDef[]): ColumnDef[] {
  return columns.map((c) => {
    const { part: _part, ...rest } = c;
    return c.role === 'unit' ? { ...rest, part: unitPartOf(c) ?? 'lead' } : rest;
  });
}

/** What the clerk chooses a column to be in 列设置: 牵头单位 and 配合单位 are the two parts of a unit column. */
export type ColumnChoice = Exclude<ColumnRole, 'unit'> | UnitPart;

export const COLUMN_CHOICES: Record<ColumnChoice, string> = {
  lead: '牵头单位',
  support: '配合单位',
  deadline: '完成时限',
  text: '正文',
  person: '人员',
  note: '其他',
};

/** The choice a column stands at. */
export function choiceOf(column: RoleOf): ColumnChoice {
  return column.role === 'unit' ? (unitPartOf(column) ?? 'lead') : column.role;
}

/** The column as the clerk chose it to be. */
export function withChoice(column: ColumnDef, choice: ColumnChoice): ColumnDef {
  const { part: _part, ...rest } = column;
  return choice === 'lead' || choice === 'support'
    ? { ...rest, role: 'unit', part: choice }
    : { ...rest, role: choice };
}

/** Every column that names units, 牵头 and 配合 alike. */
export function unitColumns(plan: Columns): ColumnDef[] {
  return plan.columns.filter((c) => c.role === 'unit');
}

/** The column naming the unit in charge of each item (牵头处室, 责任科室 …). */
export function leadColumn(plan: Columns): ColumnDef | undefined {
  return plan.columns.find((c) => unitPartOf(c) === 'lead');
}

/** The column naming the units that help (配合处室), where the plan has one. */
export function supportColumn(plan: Columns): ColumnDef | undefined {
  return plan.columns.find((c) => unitPartOf(c) === 'support');
}

/** The deadline columns (完成时限) shown in the plan: hidden ones count for nothing due. */
export function deadlineColumns(plan: Columns): ColumnDef[] {
  return plan.columns.filter((c) => c.role === 'deadline' && !c.hidden);
}

/** The column whose text names an item (行动措施, 项目名称 …): the first text column. */
export function textColumn(plan: Columns): ColumnDef | undefined {
  return plan.columns.find((c) => c.role === 'text');
}
