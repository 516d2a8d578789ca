// The shell of every dialog: focus moves in when it opens and back to where it was when it closes, Tab stays inside,
// Esc closes it (unless an edit or a question inside says not now), and the window behind cannot be used meanwhile.
import { useEffect, useRef, useState, type HTMLAttributes, type KeyboardEvent } from 'react';
import { commitEdits } from './pending-edits';
import { useLatest } from './use-latest';

export interface ModalProps extends Omit<HTMLAttributes<HTMLDivElement>, 'role' | 'aria-modal' | 'aria-label'> {
  label: string;
  onClose: () => void;
  /** Whether Esc closes it now, given the element the key was pressed in. */
  escapes?: (target: HTMLElement) => boolean;
  /** A click beside the dialog closes it (small dialogs whose work is one click away). */
  closeOnBackdrop?: boolean;
  backdropClassName?: string;
  /** Where focus goes when it opens: the first field (else the main button), or the dialog itself. */
  initialFocus?: 'field' | 'dialog';
}

const FIELDS =
  'input:not([type="hidden"]):not([hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
const FOCUSABLE = `${FIELDS}, button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])`;

/** The dialogs open now, the topmost last: Esc with the focus nowhere closes only the topmost. */
const openModals: object[] = [];

export function Modal({
  label,
  onClose,
  escapes,
  closeOnBackdrop,
  backdropClassName,
  initialFocus = 'field',
  className,
  children,
  onKeyDown,
  ...rest
}: ModalProps) {
  const box = useRef<HTMLDivElement>(null);
  const latest = useLatest({ onClose, escapes });
  useEffect(() => {
    // A dialog takes the keyboard: an edit in progress in a cell behind it is committed first.
    commitEdits();
    const me = {};
    openModals.push(me);
    // When the control that had the focus goes away (a row of the dialog saved and redrawn), the focus falls to the
    // page, or to whatever behind the dialog takes it: Esc must still close the dialog on top, and Tab come back in.
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      // Handled already, by the dialog or by a control in it (Esc in a row being edited).
      if (e.defaultPrevented) return;
      const active = document.activeElement;
      const lost = active === null || active === document.body || active.closest('[aria-modal="true"]') === null;
      if (!lost || openModals[openModals.length - 1] !== me) return;
      if (e.key === 'Escape' && (latest.current.escapes?.(document.body) ?? true)) {
        e.preventDefault();
        latest.current.onClose();
      } else if (e.key === 'Tab') {
        e.preventDefault();
        box.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    // Focus that leaves the dialog on top for the window behind (Tab out of a group of radio buttons, a click on
    // the page) comes back to the dialog.
    const onFocusIn = (e: FocusEvent) => {
      if (openModals[openModals.length - 1] !== me || !(e.target instanceof Element)) return;
      if (e.target.closest('[aria-modal="true"]') === null) box.current?.focus({ preventScroll: true });
    };
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('keydown', onKeyDown);
      openModals.splice(openModals.indexOf(me), 1);
    };
  }, [latest]);
  // Once, when it opens: later renders keep the focus where the user put it.
  const [firstFocus] = useState(initialFocus);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const b = box.current;
    const target =
      firstFocus === 'field'
        ? (b?.querySelector<HTMLElement>(FIELDS) ?? b?.querySelector<HTMLElement>('button.pd-primary') ?? b)
        : b;
    target?.focus({ preventScroll: firstFocus === 'dialog' });
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [firstFocus]);

  const keyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(e);
    if (e.defaultPrevented) return;
    if (e.key === 'Escape' && (escapes?.(e.target as HTMLElement) ?? true)) {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Tab') keepTabInside(e, box.current);
  };

  return (
    <div
      className={['pd-backdrop', backdropClassName].filter(Boolean).join(' ')}
      onMouseDown={(e) => {
        if (e.target !== e.currentTarget) return;
        // The focus stays in the dialog, so that Esc still reaches it.
        e.preventDefault();
        if (closeOnBackdrop) onClose();
      }}
    >
      <div
        ref={box}
        className={['pd-dialog', className].filter(Boolean).join(' ')}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        tabIndex={-1}
        onKeyDown={keyDown}
        {...rest}
      >
        {children}
      </div>
    </div>
  );
}

/** Tab from the last control goes to the first, Shift+Tab from the first (or the dialog itself) to the last. */
function keepTabInside(e: KeyboardEvent<HTMLDivElement>, box: HTMLDivElement | null): void {
  if (!box) return;
  const controls = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.offsetParent !== null || el === document.activeElement,
  );
  if (controls.length === 0) {
    e.preventDefault();
    return;
  }
  const first = controls[0]!;
  const last = controls[controls.length - 1]!;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === box)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
