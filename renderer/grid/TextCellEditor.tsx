// The cell editor for multi-line text: Alt+Enter breaks the line, Enter commits (the grid then moves down), Esc cancels.
import { useEffect, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { UnitSuggestion } from '../../shared/domain/unit-directory';
import { singleCellText } from './paste-block';
import { EditHint } from './edit-hint';

/** For unit columns: the directory's units that match what is typed on the current line. */
export interface TextEditorParams {
  suggest?: (typed: string) => UnitSuggestion[];
}

/** The line the caret is on: its text and where it starts and ends. */
function lineAt(text: string, caret: number): { start: number; end: number; text: string } {
  const start = text.lastIndexOf('\n', caret - 1) + 1;
  const next = text.indexOf('\n', caret);
  const end = next < 0 ? text.length : next;
  return { start, end, text: text.slice(start, end) };
}

export function TextCellEditor(props: CustomCellEditorProps<unknown, string> & TextEditorParams) {
  const { eventKey, initialValue, onValueChange, column, suggest } = props;
  const [caret, setCaret] = useState(0);
  // The first suggestion is highlighted: Enter takes it (ArrowUp past it keeps what was typed).
  const [pick, setPick] = useState(0);
  const [closed, setClosed] = useState(false);
  const [start] = useState(() => {
    if (eventKey && eventKey.length === 1) return eventKey;
    if (eventKey === 'Backspace' || eventKey === 'Delete' || eventKey === 'Process') return '';
    return initialValue ?? '';
  });
  const [text, setText] = useState(start);
  const area = useRef<HTMLTextAreaElement>(null);

  // Only once, for the key that started the edit.
  const reported = useRef(false);
  useEffect(() => {
    if (reported.current) return;
    reported.current = true;
    if (start !== (initialValue ?? '')) onValueChange(start);
  }, [start, initialValue, onValueChange]);

  // The caret at the end; a new section's 「新分组」 selected instead, so that typing replaces it.
  const hint: unknown = props.context;
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.focus();
    if (hint instanceof EditHint && hint.take()) el.select();
    else el.setSelectionRange(el.value.length, el.value.length);
  }, [hint]);

  // Where the caret goes once a change the editor made itself (a line break, a unit chosen) is drawn: set in the
  // same commit, before the next key is handled, so that a fast typist's next character lands after it.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(Math.max(el.scrollHeight + 2, 40), 480)}px`;
    if (pendingCaret.current !== null) {
      el.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [text]);

  const change = (value: string) => {
    setText(value);
    onValueChange(value);
    setClosed(false);
    setPick(0);
  };

  const line = lineAt(text, caret);
  const typedName = line.text.trim();
  // A name typed whole (the unit's name, short name or other name) is left as typed: nothing is offered over it.
  const options =
    suggest && !closed && typedName !== '' && !suggest(typedName).some((u) => u.names.includes(typedName))
      ? suggest(typedName)
      : [];
  const choose = (name: string) => {
    const next = `${text.slice(0, line.start)}${name}${text.slice(line.end)}`;
    change(next);
    const at = line.start + name.length;
    pendingCaret.current = at;
    setCaret(at);
    setClosed(true);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (options.length > 0) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setPick((p) => (e.key === 'ArrowDown' ? Math.min(options.length - 1, p + 1) : Math.max(-1, p - 1)));
        return;
      }
      if ((e.key === 'Enter' || e.key === 'Tab') && !e.altKey && pick >= 0) {
        e.preventDefault();
        choose(options[pick]!.name);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setClosed(true);
        return;
      }
    }
    if (e.key === 'Enter' && e.altKey) {
      e.preventDefault();
      const el = e.currentTarget;
      const next = `${el.value.slice(0, el.selectionStart)}\n${el.value.slice(el.selectionEnd)}`;
      pendingCaret.current = el.selectionStart + 1;
      change(next);
    }
  };

  // One cell copied from a spreadsheet comes quoted, with a line break after it: its text alone goes in.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const cell = singleCellText(e.clipboardData.getData('text/plain'), e.clipboardData.getData('text/html'));
    if (cell === null) return;
    e.preventDefault();
    const el = e.currentTarget;
    pendingCaret.current = el.selectionStart + cell.length;
    change(`${el.value.slice(0, el.selectionStart)}${cell}${el.value.slice(el.selectionEnd)}`);
  };

  return (
    <div className="pd-text-editor-wrap">
      <textarea
        ref={area}
        className="pd-text-editor"
        aria-label={`编辑「${column.getColDef().headerName ?? ''}」`}
        style={{ width: Math.max(column.getActualWidth(), 220) }}
        value={text}
        data-suggesting={options.length > 0 && pick >= 0 ? 'true' : 'false'}
        onChange={(e) => {
          change(e.target.value);
          setCaret(e.target.selectionStart);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      {options.length > 0 && (
        <ul className="pd-suggest" role="listbox" aria-label="单位名录中的单位（及本方案用过的名称）">
          {options.map((u, i) => (
            <li
              key={u.key}
              role="option"
              aria-selected={i === pick}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(u.name);
              }}
            >
              {u.name}
              {u.shortName && <span className="pd-muted">{u.shortName}</span>}
              {u.planOnly && <span className="pd-muted">本方案用过，不在名录</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
