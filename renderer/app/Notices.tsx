// Messages to the user: errors stay until closed, information fades after a few seconds.
import { useCallback, useMemo, useState } from 'react';

interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export interface NoticesState {
  list: Notice[];
  error: (text: string) => void;
  info: (text: string) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export function useNotices(): NoticesState {
  const [list, setList] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setList((l) => l.filter((n) => n.id !== id)), []);
  const push = useCallback(
    (kind: Notice['kind'], text: string) => {
      const id = nextId++;
      setList((l) => [...l.filter((n) => n.text !== text), { id, kind, text }].slice(-4));
      if (kind === 'info') setTimeout(() => dismiss(id), 5000);
    },
    [dismiss],
  );
  const error = useCallback((text: string) => push('error', text), [push]);
  const info = useCallback((text: string) => push('info', text), [push]);
  return useMemo(() => ({ list, error, info, dismiss }), [list, error, info, dismiss]);
}

export function Notices({ state }: { state: NoticesState }) {
  if (state.list.length === 0) return null;
  return (
    <div className="pd-notices">
      {state.list.map((n) => (
        <div key={n.id} className={`pd-notice pd-notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button type="button" aria-label="关闭提示" onClick={() => state.dismiss(n.id)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
