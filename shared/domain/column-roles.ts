// Which column of a plan is which — its lead unit (牵头), its supporting units (配合), its deadlines, its main text —
// asked here and nowhere else, by the columns' roles and names, never by position or a fixed key: moving 配合处室
// before 牵头处室 changes nothing that is counted.
import type { ColumnDef, Plan } from './plan';

/** Of the columns holding units, which ones name the supporting units; the others name the unit in charge. */
const SUPPORT_LABEL = /配合|协助|协办|参与/;

export type UnitPart = 'lead' | 'support';

type Columns = Pick<Plan, 'columns'>;

/** Whether a unit column names the unit in charge (牵头/责任) or those that help (配合); null for other columns. */
export function unitPartOf(column: Pick<ColumnDef, 'key' | 'label' | 'role'>): UnitPart | null {
  if (column.role !== 'unit') return null;
  return column.key === 'support' || SUPPORT_LABEL.test(column.label) ? 'support' : 'lead';
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
