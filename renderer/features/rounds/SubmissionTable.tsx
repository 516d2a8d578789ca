// The files a round received, newest first: from which unit, when, what the check found, and 审核 to open one.
import { errorCount, type SubmissionSummary } from '../../../shared/domain/round';
import { stateName } from './ReviewPanel';
import { stampOrDash } from './stamp';

export interface SubmissionTableProps {
  submissions: readonly SubmissionSummary[];
  openId: string | null;
  onOpen: (id: string) => void;
}

export function SubmissionTable({ submissions, openId, onOpen }: SubmissionTableProps) {
  return (
    <table className="pd-round-table" aria-label="收到的回执">
      <thead>
        <tr>
          <th>文件</th>
          <th>单位</th>
          <th>收到时间</th>
          <th>检查</th>
          <th>状态</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {[...submissions].reverse().map((s) => (
          <SubmissionLine key={s.id} s={s} selected={s.id === openId} onOpen={() => onOpen(s.id)} />
        ))}
      </tbody>
    </table>
  );
}

function SubmissionLine({ s, selected, onOpen }: { s: SubmissionSummary; selected: boolean; onOpen: () => void }) {
  const errors = errorCount(s);
  const warnings = s.problems.length - errors;
  return (
    <tr className={selected ? 'pd-selected' : undefined} data-file={s.fileName}>
      <td>{s.fileName}</td>
      <td>{s.unit ?? '（未识别）'}</td>
      <td>
        {stampOrDash(s.receivedAt)}
        {s.late && <span className="pd-late">逾期</span>}
      </td>
      <td>
        {errors > 0 ? (
          <span className="pd-problem-count">{errors} 处错误</span>
        ) : warnings > 0 ? (
          `${warnings} 条提醒`
        ) : (
          '通过'
        )}
      </td>
      <td>{stateName(s.state)}</td>
      <td>
        <button type="button" className="pd-link" onClick={onOpen}>
          审核
        </button>
      </td>
    </tr>
  );
}
