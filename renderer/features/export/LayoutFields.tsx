// The layout of a table to print, as every output asks for it: paper (A4/A3, 横向/纵向), 字号 by name, and which
// plan columns in what order. Used by 导出 and by a round's fill-in sheets.
import { FONT_SIZES, MIN_BODY_PT, type Orientation, type PaperSize } from '../../../shared/domain/paper';
import type { ColumnDef } from '../../../shared/domain/plan';

export interface PaperValue {
  paper: PaperSize;
  orientation: Orientation;
}

const PAPERS: { value: string; label: string }[] = [
  { value: 'A4 landscape', label: 'A4 横向' },
  { value: 'A4 portrait', label: 'A4 纵向' },
  { value: 'A3 landscape', label: 'A3 横向' },
  { value: 'A3 portrait', label: 'A3 纵向' },
];

export function PaperField({ value, onChange }: { value: PaperValue; onChange: (v: PaperValue) => void }) {
  return (
    <label className="pd-inline">
      纸张
      <select
        aria-label="纸张"
        value={`${value.paper} ${value.orientation}`}
        onChange={(e) => {
          const [paper, orientation] = e.target.value.split(' ') as [PaperSize, Orientation];
          onChange({ paper, orientation });
        }}
      >
        {PAPERS.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A 字号 by its name (小四（12磅）); body text offers nothing below 小五. */
export function FontSizeField({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: number;
  min?: number;
  max?: number;
  onChange: (pt: number) => void;
}) {
  const sizes = FONT_SIZES.filter((s) => s.pt >= (min ?? MIN_BODY_PT) && s.pt <= (max ?? 42));
  const named = sizes.some((s) => s.pt === value);
  return (
    <label className="pd-inline">
      {label}
      <select aria-label={`${label}字号`} value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
        {!named && <option value={String(value)}>{value} 磅</option>}
        {sizes.map((s) => (
          <option key={s.name} value={String(s.pt)}>{`${s.name}（${s.pt}磅）`}</option>
        ))}
      </select>
    </label>
  );
}

/** Which of the plan's columns an output shows, in the plan's order; 序号 always. */
export function ColumnsField({
  columns,
  chosen,
  onChange,
  legend = '输出的列',
}: {
  columns: readonly ColumnDef[];
  chosen: readonly string[];
  onChange: (keys: string[]) => void;
  legend?: string;
}) {
  const order = columns.map((c) => c.key);
  return (
    <fieldset className="pd-fieldset pd-columns-field">
      <legend>{legend}</legend>
      <label className="pd-inline">
        <input type="checkbox" checked disabled />
        序号
      </label>
      {columns.map((c) => (
        <label key={c.key} className="pd-inline">
          <input
            type="checkbox"
            checked={chosen.includes(c.key)}
            onChange={(e) => onChange(order.filter((k) => (k === c.key ? e.target.checked : chosen.includes(k))))}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
