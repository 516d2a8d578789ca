// 填报表版式, asked when a progress round is made: the paper and body 字号 of its fill-in sheets, and which plan columns
// follow the columns to fill (the item's name and the period's target always come first).
import type { ColumnDef, Plan } from '../../../shared/domain/plan';
import type { SheetChoice } from '../../../shared/domain/round';
import { quarterOfColumn } from '../../../shared/domain/export';
import { ColumnsField, FontSizeField, PaperField } from './LayoutFields';

/** A4 横向, 小四, and after the columns to fill: the unit and date columns. */
export function defaultSheet(plan: Pick<Plan, 'columns'>): SheetChoice {
  return {
    paper: 'A4',
    orientation: 'landscape',
    bodySize: 12,
    columns: plan.columns.filter((c) => !c.hidden && (c.role === 'unit' || c.role === 'deadline')).map((c) => c.key),
  };
}

/** The plan columns a clerk may add after the fill-in ones: all visible, the quarters' targets included. */
function extraColumns(plan: Pick<Plan, 'columns'>): ColumnDef[] {
  const visible = plan.columns.filter((c) => !c.hidden);
  const name = visible.find((c) => c.role === 'text' && quarterOfColumn(c) === null);
  return visible.filter((c) => c !== name);
}

export function SheetFields({
  plan,
  value,
  onChange,
}: {
  plan: Pick<Plan, 'columns'>;
  value: SheetChoice;
  onChange: (v: SheetChoice) => void;
}) {
  return (
    <fieldset className="pd-fieldset">
      <legend>填报表版式（序号、事项名称和本期目标在前，填报列随后）</legend>
      <div className="pd-inline-group">
        <PaperField value={value} onChange={(p) => onChange({ ...value, ...p })} />
        <FontSizeField
          label="正文"
          value={value.bodySize}
          max={16}
          onChange={(bodySize) => onChange({ ...value, bodySize })}
        />
      </div>
      <ColumnsField
        legend="填报列之后另列"
        columns={extraColumns(plan)}
        chosen={value.columns ?? []}
        onChange={(columns) => onChange({ ...value, columns })}
      />
    </fieldset>
  );
}
