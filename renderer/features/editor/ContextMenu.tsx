// The right-click menu of the grid: ↑/↓ (and Home/End) move between its commands, Enter runs one, Esc closes it.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';

/** Moves the focus to the next enabled command in the key's direction, round the ends. */
function moveFocus(menu: HTMLElement, key: string): boolean {
  const items = [...menu.querySelectorAll<HTMLButtonElement>('button[role="menuitem"]:not(:disabled)')];
  if (items.length === 0) return false;
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    key === 'Home'
      ? 0
      : key === 'End'
        ? items.length - 1
        : key === 'ArrowDown'
          ? (at + 1) % items.length
          : key === 'ArrowUp'
            ? (at - 1 + items.length) % items.length
            : -1;
  if (next < 0) return false;
  items[next]!.focus();
  return true;
}

export interface MenuItem {
  label: string;
  shortcut?: string;
  run: () => void;
  disabled?: boolean;
}

export function ContextMenu({
  x,
  y,
  items,
  onClose,
}: {
  x: number;
  y: number;
  items: (MenuItem | 'sep')[];
  onClose: () => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState({ left: x, top: y });
  // Opened near the bottom or the right edge, the menu opens upward or leftward: all of it stays in the window.
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    const left = Math.max(0, Math.min(x, window.innerWidth - box.width - 4));
    const top = Math.max(0, Math.min(y, window.innerHeight - box.height - 4));
    setAt({ left, top });
  }, [x, y]);
  useEffect(() => {
    const close = (e: Event) => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('mousedown', close, true);
    window.addEventListener('keydown', esc, true);
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    return () => {
      window.removeEventListener('mousedown', close, true);
      window.removeEventListener('keydown', esc, true);
    };
  }, [onClose]);
  return (
    <div
      ref={menu}
      className="pd-menu"
      role="menu"
      aria-label="单元格操作"
      style={at}
      onKeyDown={(e: ReactKeyboardEvent<HTMLDivElement>) => {
        if (moveFocus(e.currentTarget, e.key)) e.preventDefault();
      }}
    >
      {items.map((item, i) =>
        item === 'sep' ? (
          <div key={i} className="pd-menu-sep" role="separator" />
        ) : (
          <button
            key={i}
            type="button"
            role="menuitem"
            disabled={item.disabled}
            onClick={() => {
              onClose();
              item.run();
            }}
          >
            <span>{item.label}</span>
            {item.shortcut && <kbd>{item.shortcut}</kbd>}
          </button>
        ),
      )}
    </div>
  );
}
