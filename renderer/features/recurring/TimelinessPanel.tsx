// A recurring round's 报送情况: each unit over the periods of its series (按时 / 逾期 N 天 / 未报 / 退回), with
// 开始下一期 and the 报送情况统计表 / 报送情况通报 downloads.
import { periodName } from '../../../shared/domain/progress';
import { timelinessText, type TimelinessCell } from '../../../shared/domain/recurrence';
import { useTimeliness } from './use-timeliness';

export interface TimelinessPanelProps {
  roundId: string;
  /** Goes to another round of the series (the one 开始下一期 made, or a period clicked). */
  onOpenRound: (id: string) => void;
  onError: (t: string) => void;
  onNotice: (t: string) => void;
}

/** The tag colours of the board: 按时 as 已采用, 逾期/未报/退回 as 逾期, 待报 as 未报. */
const TAGS: Record<TimelinessCell['status'], string> = {
  onTime: 'accepted',
  late: 'received',
  missing: 'overdue',
  returned: 'returned',
  pending: 'pending',
};

export function TimelinessPanel({ roundId, onOpenRound, onError, onNotice }: TimelinessPanelProps) {
  const t = useTimeliness(roundId, onError, onNotice);
  const b = t.board;
  if (!b) return null;
  return (
    <section className="pd-timeliness" aria-label="各期报送情况">
      <h4>
        各期报送情况
        <button
          type="button"
          className="pd-primary"
          onClick={() => void t.startNext().then((r) => r && onOpenRound(r.id))}
        >
          开始下一期
        </button>
        <button type="button" onClick={() => void t.download('xlsx')}>
          导出报送情况统计表
        </button>
        <button type="button" onClick={() => void t.download('docx')}>
          导出报送情况通报
        </button>
      </h4>
      <table className="pd-round-table" aria-label="单位各期报送情况">
        <thead>
          <tr>
            <th>单位</th>
            {b.periods.map((p) => (
              <th key={p.roundId}>
                {p.roundId === roundId ? (
                  p.period ? (
                    periodName(p.period)
                  ) : (
                    p.title
                  )
                ) : (
                  <button type="button" className="pd-link" onClick={() => onOpenRound(p.roundId)}>
                    {p.period ? periodName(p.period) : p.title}
                  </button>
                )}
              </th>
            ))}
            <th>按时</th>
            <th>逾期</th>
            <th>未报</th>
          </tr>
        </thead>
        <tbody>
          {b.units.map((u) => (
            <tr key={u.unit} data-unit={u.unit}>
              <td>{u.unit}</td>
              {u.cells.map((c, i) => (
                <td key={b.periods[i]!.roundId} data-period={b.periods[i]!.period ?? ''}>
                  {c ? <span className={`pd-tag pd-tag-${TAGS[c.status]}`}>{timelinessText(c)}</span> : '—'}
                </td>
              ))}
              <td>{u.onTime}</td>
              <td>{u.late}</td>
              <td>{u.missing}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
