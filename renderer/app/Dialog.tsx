// A small question or form: a title, its content, 取消 and the confirming button; Enter in a field confirms.
import type { ReactNode } from 'react';
import { Modal } from './Modal';

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
  return (
    <Modal
      label={title}
      onClose={onCancel}
      closeOnBackdrop
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && !confirmDisabled) {
          e.preventDefault();
          onConfirm();
        }
      }}
    >
      <h2>{title}</h2>
      <div className="pd-dialog-body">{children}</div>
      <div className="pd-dialog-buttons">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button
          type="button"
          className={danger ? 'pd-danger' : 'pd-primary'}
          disabled={confirmDisabled}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
