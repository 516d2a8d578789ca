// The status bar: whether every change is saved, what the plan holds, what is selected.
import type { SaveState } from '../features/editor/use-plan-doc';

const SAVE_TEXT: Record<SaveState, string> = { saved: '已保存', saving: '保存中…', failed: '保存失败' };

export interface StatusBarProps {
  saveState: SaveState | null;
  summary: string;
  selection: string;
  /** Something to notice, such as overdue rows. */
  alert?: string;
}

export function StatusBar({ saveState, summary, selection, alert }: StatusBarProps) {
  return (
    <footer className="pd-status" role="status">
      {saveState && (
        <span className={`pd-save pd-save-${saveState}`} data-testid="save-state">
          {SAVE_TEXT[saveState]}
        </span>
      )}
      <span className="pd-status-summary">{summary}</span>
      {alert && <span className="pd-status-alert">{alert}</span>}
      <span className="pd-status-selection">{selection}</span>
    </footer>
  );
}
