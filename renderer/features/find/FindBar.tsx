// The find bar: type to find, Enter for the next match, Shift+Enter for the previous, Esc to close; with 替换 open,
// the text to put in its place, 替换 (this one, then the next) and 全部替换 (one action, undone by one Ctrl+Z).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FindHit, FindState } from './use-find';

export interface FindBarProps {
  find: FindState;
  /** Opened with Ctrl+H or 替换…: the replace fields show. */
  replacing: boolean;
  onReplacing: (on: boolean) => void;
  onGo: (hit: FindHit | null) => void;
  /** After 全部替换: the keyboard back to the grid, where Ctrl+Z takes the replacement back. */
  onReplacedAll: () => void;
  onNotice: (text: string) => void;
  onClose: () => void;
}

export function FindBar({ find, replacing, onReplacing, onGo, onReplacedAll, onNotice, onClose }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  const [replacement, setReplacement] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [replacing]);
  const count = find.hits.length;
  const status =
    find.query.trim() === ''
      ? ''
      : count === 0
        ? '未找到'
        : `第 ${find.index + 1 > 0 ? find.index + 1 : '-'} / ${count} 处`;
  const keys = (e: KeyboardEvent, enter: () => void) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      enter();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  const replaceOne = async () => {
    setBusy(true);
    onGo(await find.replaceCurrent(replacement));
    setBusy(false);
  };
  const replaceAll = async () => {
    setBusy(true);
    const n = await find.replaceAll(replacement);
    setBusy(false);
    // The button just pressed is disabled now (nothing left to replace): the keyboard goes to the query, and on to
    // the grid's selected cell when there is one.
    input.current?.focus();
    onReplacedAll();
    if (n > 0) onNotice(`已替换 ${n} 处（按 Ctrl+Z 可一次撤销）。`);
  };
  return (
    <div className="pd-findbar" role="search">
      <div className="pd-findbar-row">
        <input
          ref={input}
          aria-label="查找内容"
          placeholder="查找…（Enter 下一个，Shift+Enter 上一个）"
          value={find.query}
          onChange={(e) => find.setQuery(e.target.value)}
          onKeyDown={(e) => keys(e, () => onGo(e.shiftKey ? find.prev() : find.next()))}
        />
        <span className="pd-findbar-status" aria-live="polite">
          {status}
        </span>
        <button type="button" onClick={() => onGo(find.prev())} disabled={count === 0}>
          上一个
        </button>
        <button type="button" onClick={() => onGo(find.next())} disabled={count === 0}>
          下一个
        </button>
        <button type="button" aria-pressed={replacing} onClick={() => onReplacing(!replacing)} title="替换（Ctrl+H）">
          替换…
        </button>
        <button type="button" aria-label="关闭查找" onClick={onClose}>
          ✕
        </button>
      </div>
      {replacing && (
        <div className="pd-findbar-row">
          <input
            aria-label="替换为"
            placeholder="替换为…（Enter 替换当前一处）"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => keys(e, () => void replaceOne())}
          />
          <span className="pd-findbar-status" />
          <button type="button" disabled={count === 0 || busy} onClick={() => void replaceOne()}>
            替换
          </button>
          <button type="button" disabled={count === 0 || busy} onClick={() => void replaceAll()}>
            全部替换
          </button>
        </div>
      )}
    </div>
  );
}
