// The foot of a round's board: the 催报 text to copy into a message, and 删除这个填报任务 behind a question.
import { useState } from 'react';

export interface RoundFooterProps {
  chaseText: string;
  onCopied: (text: string) => void;
  onError: (text: string) => void;
  /** Deletes the round; answers whether it went. */
  onDelete: () => void;
}

export function RoundFooter({ chaseText, onCopied, onError, onDelete }: RoundFooterProps) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const copyChase = async () => {
    try {
      await navigator.clipboard.writeText(chaseText);
      onCopied('催报文字已复制，可粘贴到消息或邮件中。');
    } catch {
      onError('无法写入剪贴板，请选中下面的文字后按 Ctrl+C 复制。');
    }
  };
  return (
    <>
      {chaseText && (
        <div className="pd-chase">
          <h4>
            催报文字
            <button type="button" className="pd-link" onClick={() => void copyChase()}>
              复制
            </button>
          </h4>
          <textarea aria-label="催报文字" readOnly rows={3} value={chaseText} />
        </div>
      )}
      <div className="pd-round-footer">
        {confirmDelete ? (
          <span className="pd-inline">
            删除后，这个任务收到的回执也不再显示（已采用的进展保留）。确定删除？
            <button type="button" onClick={() => setConfirmDelete(false)}>
              取消
            </button>
            <button type="button" className="pd-danger" onClick={onDelete}>
              删除任务
            </button>
          </span>
        ) : (
          <button type="button" className="pd-link" onClick={() => setConfirmDelete(true)}>
            删除这个填报任务…
          </button>
        )}
      </div>
    </>
  );
}
