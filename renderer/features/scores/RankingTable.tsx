// One group's ranking of a period: rank, unit, each indicator, 总分, 上期 and ↑↓, 连续两次排名靠后 marked.
import { changeText, scoreText, type RankedGroup, type Ranking } from '../../../shared/domain/scores';

export interface RankingTableProps {
  ranking: Ranking;
  group: RankedGroup;
  /** Units shown (a contact group's); all when null. */
  only: ReadonlySet<string> | null;
  selected: string | null;
  onSelect: (unit: string) => void;
  /** 加入整改台账: opens the form prefilled from the row. */
  onAddProblem?: ((group: RankedGroup, unit: RankedGroup['units'][number]) => void) | undefined;
}

export function RankingTable({ ranking, group, only, selected, onSelect, onAddProblem }: RankingTableProps) {
  const units = group.units.filter((u) => !only || only.has(u.unit));
  if (units.length === 0) return null;
  return (
    <table className="pd-round-table pd-ranking" aria-label={`${group.group || '参评单位'}排名`}>
      <caption>
        {group.group || '参评单位'}（{group.units.length} 个）
      </caption>
      <thead>
        <tr>
          <th>排名</th>
          <th>单位</th>
          {ranking.indicators.map((i) => (
            <th key={i.name}>
              {i.name}
              {i.max !== null && <span className="pd-muted">（{i.max}分）</span>}
            </th>
          ))}
          <th>总分</th>
          <th>上期</th>
          <th>变化</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.unit} data-unit={u.unit} className={u.unit === selected ? 'pd-selected' : undefined}>
            <td>{u.rank}</td>
            <td>
              <button type="button" className="pd-link" title="查看各月排名" onClick={() => onSelect(u.unit)}>
                {u.unit}
              </button>
            </td>
            {u.scores.map((s, i) => (
              <td key={ranking.indicators[i]!.name}>{scoreText(s)}</td>
            ))}
            <td>{scoreText(u.total)}</td>
            <td>{u.previousRank ?? '—'}</td>
            <td className={u.change === null || u.change === 0 ? undefined : u.change > 0 ? 'pd-rise' : 'pd-fall'}>
              {changeText(u.change)}
            </td>
            <td>
              {u.flags.map((f) => (
                <span key={f} className="pd-tag pd-tag-overdue">
                  {f}
                </span>
              ))}
              {onAddProblem && (
                <button
                  type="button"
                  className="pd-link"
                  aria-label={`把${u.unit}加入整改台账`}
                  onClick={() => onAddProblem(group, u)}
                >
                  加入整改台账
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
