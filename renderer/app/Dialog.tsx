// A modal dialog: focus stays inside, Esc cancels, Enter in a field confirms.
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function Dialog({ title, children, confirmLabel, danger, confirmDisabled, onConfirm, onCancel }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea') ?? box.current?.querySelector<HTMLElement>('button.pd-primary');
    first?.focus();
  }, []);
  return (
    <div className="pd-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        ref={box}
        className="pd-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && !confirmDisabled) {
            e.preventDefault();
            onConfirm();
          }
        }}
      >
        <h2>{title}</h2>
        <div className="pd-dialog-body">{children}</div>
        <div className="pd-dialog-buttons">
          <button type="button" onClick={onCancel}>取消</button>
          <button type="button" className={danger ? 'pd-danger' : 'pd-primary'} disabled={confirmDisabled} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
