// The cell editor for multi-line text: Alt+Enter breaks the line, Enter commits (the grid then moves down), Esc cancels.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';

export function TextCellEditor(props: CustomCellEditorProps<unknown, string>) {
  const { eventKey, initialValue, onValueChange, column } = props;
  const [start] = useState(() => {
    if (eventKey && eventKey.length === 1) return eventKey;
    if (eventKey === 'Backspace' || eventKey === 'Delete' || eventKey === 'Process') return '';
    return initialValue ?? '';
  });
  const [text, setText] = useState(start);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (start !== (initialValue ?? '')) onValueChange(start);
    // Only once, for the key that started the edit.
  }, []);

  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(Math.max(el.scrollHeight + 2, 40), 480)}px`;
  }, [text]);

  const change = (value: string) => {
    setText(value);
    onValueChange(value);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && e.altKey) {
      e.preventDefault();
      const el = e.currentTarget;
      const next = `${el.value.slice(0, el.selectionStart)}\n${el.value.slice(el.selectionEnd)}`;
      const caret = el.selectionStart + 1;
      change(next);
      requestAnimationFrame(() => el.setSelectionRange(caret, caret));
    }
  };

  return (
    <textarea
      ref={area}
      className="pd-text-editor"
      aria-label={`编辑「${column.getColDef().headerName ?? ''}」`}
      style={{ width: Math.max(column.getActualWidth(), 220) }}
      value={text}
      onChange={(e) => change(e.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}
