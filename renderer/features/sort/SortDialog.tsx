// 排序…: the column to sort by (the selected cell's, to begin with) and the order; each section is sorted on its own.
import { useState } from 'react';
import { Dialog } from '../../app/Dialog';
import type { ColumnDef } from '../../../shared/domain/plan';
import type { SortDirection } from '../../../shared/domain/sort-rows';

export interface SortDialogProps {
  columns: readonly ColumnDef[];
  /** The column of the selected cell, when it is one of the plan's. */
  initialKey: string | null;
  onSort: (key: string, direction: SortDirection) => void;
  onClose: () => void;
}

export function SortDialog({ columns, initialKey, onSort, onClose }: SortDialogProps) {
  const shown = columns.filter((c) => !c.hidden);
  const [key, setKey] = useState(
    initialKey && shown.some((c) => c.key === initialKey) ? initialKey : (shown[0]?.key ?? ''),
  );
  const [direction, setDirection] = useState<SortDirection>('asc');
  const deadline = shown.find((c) => c.key === key)?.role === 'deadline';
  return (
    <Dialog
      title="排序"
      confirmLabel="排序"
      confirmDisabled={key === ''}
      onConfirm={() => onSort(key, direction)}
      onCancel={onClose}
    >
      <label className="pd-field">
        排序依据
        <select aria-label="排序依据" value={key} onChange={(e) => setKey(e.target.value)}>
          {shown.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <div className="pd-inline" role="radiogroup" aria-label="次序">
        <label className="pd-inline">
          <input type="radio" name="direction" checked={direction === 'asc'} onChange={() => setDirection('asc')} />
          {deadline ? '升序（时间早的在前）' : '升序（按拼音 A→Z，数字从小到大）'}
        </label>
        <label className="pd-inline">
          <input type="radio" name="direction" checked={direction === 'desc'} onChange={() => setDirection('desc')} />
          降序
        </label>
      </div>
      <p className="pd-muted">
        各分组内分别排序，分组行的位置不变；空白的排在最后
        {deadline ? '，读不出日期的完成时限（如“长期坚持”）也排在最后' : ''}。排序后可以撤销。
      </p>
    </Dialog>
  );
}
