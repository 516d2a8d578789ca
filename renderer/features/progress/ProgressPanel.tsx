// 填报进展 for the selected row and period: status, 进展情况, 存在问题, 下步打算, who reports; the row's history.
import { useState } from 'react';
import type { Plan, Row } from '../../../shared/domain/plan';
import { textColumn } from '../../../shared/domain/column-roles';
import {
  periodName,
  STATUS_NAMES,
  targetKeyOf,
  type ProgressEntry,
  type ProgressStatus,
} from '../../../shared/domain/progress';
import type { PlanDoc } from '../editor/use-plan-doc';

interface Form {
  /** '' until the clerk picks one: a status nobody gave is never recorded. */
  status: ProgressStatus | '';
  progress: string;
  problems: string;
  nextSteps: string;
  reporter: string;
}

const TEXT_FIELDS: [keyof Pick<Form, 'progress' | 'problems' | 'nextSteps'>, string, number][] = [
  ['progress', '进展情况', 4],
  ['problems', '存在问题', 2],
  ['nextSteps', '下步打算', 2],
];

function formOf(e: ProgressEntry | undefined, reporter: string): Form {
  return e
    ? { status: e.status, progress: e.progress, problems: e.problems, nextSteps: e.nextSteps, reporter: e.reporter }
    : { status: '', progress: '', problems: '', nextSteps: '', reporter };
}

export interface ProgressPanelProps {
  doc: PlanDoc;
  plan: Plan;
  row: Row | null;
  period: string;
  entries: ProgressEntry[];
  onClose: () => void;
}

export function ProgressPanel({ doc, plan, row, period, entries, onClose }: ProgressPanelProps) {
  const mine = row ? entries.filter((e) => e.rowId === row.id) : [];
  const current = mine.find((e) => e.period === period);
  const [form, setForm] = useState<Form>(() => formOf(current, ''));
  const [lastReporter, setLastReporter] = useState('');
  // Reset the form only when another row or period is shown, or a new report arrives: never while typing.
  const shownKey = `${row?.id ?? ''}|${period}|${current?.reportedAt ?? ''}`;
  const [shown, setShown] = useState(shownKey);
  if (shown !== shownKey) {
    setShown(shownKey);
    setForm(formOf(current, lastReporter));
  }
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const textKey = textColumn(plan)?.key;
  const targetKey = plan.kind === 'quarterly' ? targetKeyOf(period) : null;
  const save = async (status: ProgressStatus | '' = form.status) => {
    if (!row || status === '') return;
    const delta = await doc.recordProgress({ rowId: row.id, period, ...form, status });
    if (delta) setLastReporter(form.reporter);
  };
  return (
    <aside className="pd-progress" aria-label="填报进展">
      <header>
        <h2>填报进展 · {periodName(period)}</h2>
        <button type="button" aria-label="关闭填报进展" onClick={onClose}>
          ✕
        </button>
      </header>
      {!row || row.kind !== 'item' ? (
        <p className="pd-muted">请在表格中选择一项任务（不是分组行）。</p>
      ) : (
        <>
          <p className="pd-progress-row">{textKey ? row.cells[textKey] : ''}</p>
          {targetKey && (
            <p className="pd-progress-target">
              <strong>本季度目标：</strong>
              {row.cells[targetKey] || '（未填写）'}
            </p>
          )}
          <label className="pd-stack">
            状态
            <select
              aria-label="进展状态"
              value={form.status}
              onChange={(e) => set('status', e.target.value as ProgressStatus | '')}
            >
              {form.status === '' && <option value="">（请选择）</option>}
              {(Object.keys(STATUS_NAMES) as ProgressStatus[]).map((s) => (
                <option key={s} value={s}>
                  {STATUS_NAMES[s]}
                </option>
              ))}
            </select>
          </label>
          {TEXT_FIELDS.map(([key, label, rows]) => (
            <label key={key} className="pd-stack">
              {label}
              <textarea aria-label={label} rows={rows} value={form[key]} onChange={(e) => set(key, e.target.value)} />
            </label>
          ))}
          <label className="pd-stack">
            填报人
            <input
              aria-label="填报人"
              value={form.reporter}
              maxLength={100}
              onChange={(e) => set('reporter', e.target.value)}
            />
          </label>
          <div className="pd-progress-buttons">
            <button
              type="button"
              className="pd-primary"
              disabled={form.status === ''}
              title={form.status === '' ? '请先选择状态' : ''}
              onClick={() => void save()}
            >
              保存进展
            </button>
            {form.status === '' && <span className="pd-muted">请先选择状态</span>}
            {current?.status === 'done' ? (
              <button type="button" onClick={() => void save('in_progress')}>
                重新打开
              </button>
            ) : (
              <button type="button" onClick={() => void save('done')}>
                销号（已完成）
              </button>
            )}
          </div>
          {mine.length > 0 && (
            <ol className="pd-progress-history" aria-label="进展记录">
              {[...mine].reverse().map((e) => (
                <li key={e.period}>
                  <span className={`pd-chip pd-chip-${e.status}`}>{STATUS_NAMES[e.status]}</span> {periodName(e.period)}
                  <span className="pd-muted">
                    {' '}
                    {e.reporter ? `${e.reporter} · ` : ''}
                    {new Date(e.reportedAt).toLocaleString('zh-CN', { hour12: false })}
                  </span>
                  {e.progress && <div className="pd-progress-text">{e.progress}</div>}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}
