// The find bar: type to find, Enter for the next match, Shift+Enter for the previous, Esc to close.
import { useEffect, useRef } from 'react';
import type { FindHit, FindState } from './use-find';

export function FindBar({ find, onGo, onClose }: { find: FindState; onGo: (hit: FindHit | null) => void; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const count = find.hits.length;
  const status = find.query.trim() === '' ? '' : count === 0 ? '未找到' : `第 ${find.index + 1 > 0 ? find.index + 1 : '-'} / ${count} 处`;
  return (
    <div className="pd-findbar" role="search">
      <input
        ref={input}
        aria-label="查找内容"
        placeholder="查找…（Enter 下一个，Shift+Enter 上一个）"
        value={find.query}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onGo(e.shiftKey ? find.prev() : find.next());
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="pd-findbar-status" aria-live="polite">{status}</span>
      <button type="button" onClick={() => onGo(find.prev())} disabled={count === 0}>上一个</button>
      <button type="button" onClick={() => onGo(find.next())} disabled={count === 0}>下一个</button>
      <button type="button" aria-label="关闭查找" onClick={onClose}>✕</button>
    </div>
  );
}
