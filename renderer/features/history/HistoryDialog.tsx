// 修改记录: when, what, before → after and where it came from, for one cell or one row, newest first.
import { Modal } from '../../app/Modal';
import type { HistoryEntry } from '../../../shared/domain/history';
import { useRowHistory } from './use-row-history';

export interface HistoryTarget {
  rowId: string;
  /** The column key (a plan column, `title` of a section, `progress`), or null for the whole row. */
  key: string | null;
  /** What the title names: the column, or 本行. */
  name: string;
}

export interface HistoryDialogProps {
  planId: string;
  target: HistoryTarget;
  onError: (text: string) => void;
  onClose: () => void;
}

function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export function HistoryDialog({ planId, target, onError, onClose }: HistoryDialogProps) {
  const entries = useRowHistory(planId, target.rowId, target.key, onError);
  const title = `修改记录（${target.name}）`;
  return (
    <Modal label="修改记录" onClose={onClose} className="pd-history" closeOnBackdrop initialFocus="dialog">
      <h2>{title}</h2>
      <div className="pd-history-body">
        {entries === undefined ? (
          <p className="pd-muted">正在读取…</p>
        ) : entries.length === 0 ? (
          <p className="pd-muted">没有修改记录：这里的内容自方案建立以来没有改过。</p>
        ) : (
          <table className="pd-history-table" aria-label="修改记录">
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col">来源</th>
                {target.key === null && <th scope="col">位置</th>}
                <th scope="col">原内容</th>
                <th scope="col">改为</th>
              </tr>
            </thead>
            <tbody>{entries.flatMap((e, i) => entryRows(e, i, target.key === null))}</tbody>
          </table>
        )}
      </div>
      <p className="pd-muted">最多显示最近 200 条；撤销和重做也各记一条。</p>
      <div className="pd-dialog-buttons">
        <button type="button" className="pd-primary" onClick={onClose}>
          关闭
        </button>
      </div>
    </Modal>
  );
}

/** One table row per change of the entry; the time and source span them. */
function entryRows(e: HistoryEntry, i: number, showPlace: boolean) {
  return e.changes.map((c, j) => (
    <tr key={`${i}-${j}`} className={e.undone ? 'pd-history-undone' : undefined}>
      {j === 0 && (
        <>
          <td rowSpan={e.changes.length}>{localTime(e.at)}</td>
          <td rowSpan={e.changes.length}>
            {e.from}
            {e.kind !== 'change' && <div className="pd-muted">{e.label}</div>}
            {e.undone && <div className="pd-muted">（已撤销）</div>}
          </td>
        </>
      )}
      {showPlace && <td>{c.label}</td>}
      <td className="pd-history-text">{c.before || <span className="pd-muted">（空）</span>}</td>
      <td className="pd-history-text">{c.after || <span className="pd-muted">（空）</span>}</td>
    </tr>
  ));
}
