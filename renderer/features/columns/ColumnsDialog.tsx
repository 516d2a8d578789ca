// 列设置: the plan's own columns — rename (牵头处室 or 牵头科室), add, hide, reorder, remove an empty one.
import { Dialog } from '../../app/Dialog';
import type { ColumnDef } from '../../../shared/domain/plan';
import { choiceOf, COLUMN_CHOICES, type ColumnChoice } from '../../../shared/domain/column-roles';
import { useColumnDraft } from './use-column-draft';

export function ColumnsDialog({
  columns,
  onSave,
  onClose,
}: {
  columns: ColumnDef[];
  onSave: (c: ColumnDef[]) => Promise<boolean>;
  onClose: () => void;
}) {
  const draft = useColumnDraft(columns);
  return (
    <Dialog
      title="列设置"
      confirmLabel="保存"
      confirmDisabled={draft.problem !== null}
      onConfirm={async () => {
        if (await onSave(draft.columns.map((c) => ({ ...c, label: c.label.trim() })))) onClose();
      }}
      onCancel={onClose}
    >
      <p className="pd-muted">序号由程序自动编排，不在这里设置。有内容的列只能隐藏，不能删除。</p>
      <table className="pd-columns" aria-label="列">
        <thead>
          <tr>
            <th>列名</th>
            <th>类型</th>
            <th>显示</th>
            <th>顺序</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {draft.columns.map((c, i) => (
            <tr key={c.key}>
              <td>
                <input
                  aria-label={`第 ${i + 1} 列的名称`}
                  value={c.label}
                  maxLength={60}
                  onChange={(e) => draft.rename(i, e.target.value)}
                />
                {c.group && <span className="pd-muted">（{c.group}）</span>}
              </td>
              <td>
                <select
                  aria-label={`「${c.label}」的类型`}
                  value={choiceOf(c)}
                  onChange={(e) => draft.setChoice(i, e.target.value as ColumnChoice)}
                >
                  {Object.entries(COLUMN_CHOICES).map(([choice, name]) => (
                    <option key={choice} value={choice}>
                      {name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`显示「${c.label}」`}
                  checked={!c.hidden}
                  onChange={(e) => draft.setHidden(i, !e.target.checked)}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`「${c.label}」上移`}
                  disabled={i === 0}
                  onClick={() => draft.moveUp(i)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`「${c.label}」下移`}
                  disabled={i === draft.columns.length - 1}
                  onClick={() => draft.moveDown(i)}
                >
                  ↓
                </button>
              </td>
              <td>
                <button type="button" aria-label={`删除「${c.label}」`} onClick={() => draft.remove(i)}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={draft.add}>
        ＋ 添加列
      </button>
      {draft.problem && <p className="pd-field-hint">{draft.problem}</p>}
    </Dialog>
  );
}
