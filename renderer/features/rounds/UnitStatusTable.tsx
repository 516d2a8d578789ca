// The table of a round's units: each one's state (未报/逾期/已报/退回/已采用), when its file came in, and whom to call.
import { contactLine, type Unit } from '../../../shared/domain/unit-directory';
import { UNIT_STATUS_NAMES, type BoardEntry } from '../../../shared/domain/round';
import { stampOrDash } from './stamp';
import { GroupRow } from '../groups/GroupFilter';

export interface UnitStatusTableProps {
  board: readonly BoardEntry[];
  /** A progress round also counts the rows each unit reports on. */
  withRows: boolean;
  directory: readonly Unit[];
  /** The entries under their 分组 headings (the board's 分组 filter and arrangement); one untitled part when not. */
  arrange?: (board: readonly BoardEntry[]) => { label: string; items: BoardEntry[] }[];
}

export function UnitStatusTable({ board, withRows, directory, arrange }: UnitStatusTableProps) {
  const parts = arrange ? arrange(board) : [{ label: '', items: [...board] }];
  return (
    <table className="pd-round-table" aria-label="各单位报送情况">
      <thead>
        <tr>
          <th>单位</th>
          <th>状态</th>
          <th>最近收到</th>
          <th>文件数</th>
          {withRows && <th>填报事项</th>}
          <th>说明</th>
          <th>联系人</th>
        </tr>
      </thead>
      <tbody>
        {parts.flatMap((part) => [
          <GroupRow key={`group:${part.label}`} label={part.label} span={withRows ? 7 : 6} />,
          ...part.items.map((e) => (
            <tr key={e.unit} data-unit={e.unit}>
              <td>{e.unit}</td>
              <td>
                <span className={`pd-tag pd-tag-${e.status}`}>{UNIT_STATUS_NAMES[e.status]}</span>
              </td>
              <td>
                {stampOrDash(e.lastReceivedAt)}
                {e.late && <span className="pd-late">逾期报送</span>}
              </td>
              <td>{e.files}</td>
              {withRows && <td>{e.rows}</td>}
              <td>{noteOf(e)}</td>
              {/* Who to call, from 单位名录, where the unit still owes a return. */}
              <td>{e.status === 'accepted' || e.status === 'received' ? '' : contactLine(directory, e.unit)}</td>
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}

/** 说明: the errors a file waits to be sent back for, or why it was sent back or taken as empty. */
function noteOf(e: BoardEntry): string {
  if (e.status === 'errors') return `${e.errors} 处错误，待退回`;
  if (!e.reason) return '';
  return e.status === 'returned' ? `退回：${e.reason}` : e.reason;
}
