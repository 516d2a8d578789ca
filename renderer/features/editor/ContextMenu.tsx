// The right-click menu of the grid.
import { useEffect, useRef } from 'react';

export interface MenuItem {
  label: string;
  shortcut?: string;
  run: () => void;
  disabled?: boolean;
}

export function ContextMenu({ x, y, items, onClose }: { x: number; y: number; items: (MenuItem | 'sep')[]; onClose: () => void }) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const close = (e: Event) => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('mousedown', close, true);
    window.addEventListener('keydown', esc, true);
    menu.current?.querySelector('button')?.focus();
    return () => {
      window.removeEventListener('mousedown', close, true);
      window.removeEventListener('keydown', esc, true);
    };
  }, [onClose]);
  return (
    <div ref={menu} className="pd-menu" role="menu" style={{ left: x, top: y }}>
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
