// The status bar: whether every change is saved, what the plan holds, what is selected.
import type { SaveState } from '../features/editor/use-plan-doc';

const SAVE_TEXT: Record<SaveState, string> = { saved: '已保存', saving: '保存中…', failed: '保存失败' };

export interface StatusBarProps {
  saveState: SaveState | null;
  summary: string;
  selection: string;
  /** Something to notice, such as overdue rows. */
  alert?: string;
  /** What clicking the alert does (shows the overdue rows). */
  onAlert?: () => void;
}

export function StatusBar({ saveState, summary, selection, alert, onAlert }: StatusBarProps) {
  return (
    <footer className="pd-status" role="status">
      {saveState && (
        <span className={`pd-save pd-save-${saveState}`} data-testid="save-state">
          {SAVE_TEXT[saveState]}
        </span>
      )}
      <span className="pd-status-summary">{summary}</span>
      {alert &&
        (onAlert ? (
          <button type="button" className="pd-status-alert" title="只显示这些事项" onClick={onAlert}>
            {alert}
          </button>
        ) : (
          <span className="pd-status-alert">{alert}</span>
        ))}
      <span className="pd-status-selection">{selection}</span>
    </footer>
  );
}
