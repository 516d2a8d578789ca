// 进度总览: counts by status for the period, a bar chart, counts by lead unit, and the overdue items; printable.
import { Modal } from '../../app/Modal';
import { useMemo, useState } from 'react';
import type { Plan, Row } from '../../../shared/domain/plan';
import { periodName, periodsOf, type ProgressEntry } from '../../../shared/domain/progress';
import { dueWithin, OVERVIEW_NAMES, OVERVIEW_ORDER, overviewOf } from '../../../shared/domain/progress-overview';
import { localToday } from '../../../shared/domain/due-status';
import { useOverviewFiles } from './use-progress';
import type { Unit } from '../../../shared/domain/unit-directory';
import { GroupFilter, GroupRow } from '../groups/GroupFilter';
import { useGroupView } from '../groups/use-group-view';

export interface OverviewDialogProps {
  plan: Plan;
  rows: readonly Row[];
  entries: ProgressEntry[];
  period: string;
  /** 单位名录: a unit's other names count as the unit. */
  directory: readonly Unit[];
  onGo: (rowId: string) => void;
  onError: (text: string) => void;
  onClose: () => void;
}

export function OverviewDialog({
  plan,
  rows,
  entries,
  period: current,
  directory,
  onGo,
  onError,
  onClose,
}: OverviewDialogProps) {
  const [wholeYear, setWholeYear] = useState(false);
  // The whole year: each row as its latest report of the year leaves it.
  const period = wholeYear ? periodsOf(plan.year, plan.cadence).at(-1)! : current;
  const o = useMemo(
    () => overviewOf(plan, rows, entries, period, localToday(new Date()), directory),
    [plan, rows, entries, period, directory],
  );
  const [days, setDays] = useState(30);
  const soon = useMemo(
    () => dueWithin(plan, rows, entries, period, localToday(new Date()), days, directory),
    [plan, rows, entries, period, days, directory],
  );
  const download = useOverviewFiles(plan.id, onError);
  // 分组: the lead units of one group (a 专项工作组's 责任科室, a contact group's units), and rows under their groups.
  const groupView = useGroupView(directory, onError);
  const overdue = groupView.filterId ? o.overdue.filter((r) => r.units.some(groupView.shows)) : o.overdue;
  const soonShown = soon.filter((g) => groupView.shows(g.unit));
  const pct = (n: number) => (o.total === 0 ? 0 : Math.round((n / o.total) * 100));
  return (
    <Modal
      label="进度总览"
      className="pd-overview"
      backdropClassName="pd-print-area"
      initialFocus="dialog"
      onClose={onClose}
    >
      <h2>
        进度总览 · {wholeYear ? `${plan.year}年全年` : periodName(period)}
        <span className="pd-muted">（{plan.title}）</span>
      </h2>
      <div className="pd-inline pd-no-print" role="radiogroup" aria-label="统计范围">
        <label className="pd-inline">
          <input type="radio" name="scope" checked={!wholeYear} onChange={() => setWholeYear(false)} />
          本期（{periodName(current)}）
        </label>
        <label className="pd-inline">
          <input type="radio" name="scope" checked={wholeYear} onChange={() => setWholeYear(true)} />
          全年（按各项最近一次填报）
        </label>
        <GroupFilter view={groupView} />
      </div>
      <table className="pd-overview-counts" aria-label="按状态统计">
        <tbody>
          {OVERVIEW_ORDER.map((s) => (
            <tr key={s}>
              <th>{OVERVIEW_NAMES[s]}</th>
              <td className="pd-overview-count" data-status={s}>
                {o.byStatus[s]}
              </td>
              <td className="pd-overview-bar">
                <span className={`pd-bar pd-bar-${s}`} style={{ width: `${pct(o.byStatus[s])}%` }} />
                <span className="pd-muted">{pct(o.byStatus[s])}%</span>
              </td>
            </tr>
          ))}
          <tr>
            <th>合计</th>
            <td className="pd-overview-count">{o.total}</td>
            <td />
          </tr>
        </tbody>
      </table>
      <h3>按牵头单位</h3>
      <div className="pd-overview-units">
        <table aria-label="按牵头单位统计">
          <thead>
            <tr>
              <th>牵头单位</th>
              <th>合计</th>
              {OVERVIEW_ORDER.map((s) => (
                <th key={s}>{OVERVIEW_NAMES[s]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groupView
              .arrange(o.byUnit, (u) => u.unit)
              .flatMap((part) => [
                <GroupRow key={`group:${part.label}`} label={part.label} span={2 + OVERVIEW_ORDER.length} />,
                ...part.items.map((u) => (
                  <tr key={u.unit}>
                    <td>{u.unit}</td>
                    <td>{u.total}</td>
                    {OVERVIEW_ORDER.map((s) => (
                      <td key={s}>{u.byStatus[s] || ''}</td>
                    ))}
                  </tr>
                )),
              ])}
          </tbody>
        </table>
      </div>
      <h3>逾期未完成（{overdue.length} 项）</h3>
      {overdue.length === 0 ? (
        <p className="pd-muted">没有逾期未完成的事项。</p>
      ) : (
        <ul className="pd-overview-overdue" aria-label="逾期未完成">
          {overdue.map((r) => (
            <li key={r.rowId}>
              <button type="button" className="pd-link" onClick={() => onGo(r.rowId)}>
                {r.text || '（无名称）'}
              </button>
              <span className="pd-muted">
                {' '}
                {r.deadline} · {r.units.join('、')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="pd-inline">
        即将到期：
        <input
          aria-label="到期天数"
          type="number"
          min={1}
          max={366}
          value={days}
          onChange={(e) => setDays(Math.max(1, Number(e.target.value) || 1))}
        />
        天内（{soonShown.reduce((n, g) => n + g.rows.length, 0)} 项次）
      </h3>
      {soonShown.length === 0 ? (
        <p className="pd-muted">这段时间内没有到期的未完成事项。</p>
      ) : (
        <table className="pd-overview-soon" aria-label="即将到期">
          <tbody>
            {soonShown.map((g) =>
              g.rows.map((r, i) => (
                <tr key={`${g.unit}-${r.rowId}`}>
                  {i === 0 && <th rowSpan={g.rows.length}>{g.unit}</th>}
                  <td>
                    <button type="button" className="pd-link" onClick={() => onGo(r.rowId)}>
                      {r.text || '（无名称）'}
                    </button>
                  </td>
                  <td>{r.deadline}</td>
                  <td>{r.due}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      <div className="pd-dialog-buttons pd-no-print">
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
        <button type="button" onClick={() => void download('overview', period)}>
          导出 Excel
        </button>
        <button
          type="button"
          onClick={() => void download('report', period)}
          title="本期各项工作的进展情况，按分组逐项写成 Word 文档"
        >
          进展报告（Word）
        </button>
        <button type="button" className="pd-primary" onClick={onClose}>
          关闭
        </button>
      </div>
    </Modal>
  );
}
