// 审核回执: the problems found in one returned file, what accepting it would change, and the decision.
import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/api';
import {
  DECISION_NAMES,
  localStamp,
  NOTHING_ANSWERS,
  type NothingAnswer,
  type SubmissionSummary,
} from '../../../shared/domain/round';

export interface ReviewPanelProps {
  submission: SubmissionSummary;
  units: readonly string[];
  load: (id: string) => Promise<Output<'rounds.review'> | undefined>;
  onAccept: (id: string) => Promise<boolean>;
  onSendBack: (id: string, reason: string) => Promise<boolean>;
  onUndo: (id: string) => Promise<boolean>;
  onAssign: (id: string, unit: string) => Promise<boolean>;
  /** 本单位无此项内容 / 本期无新进展 on a file that says nothing. */
  onNothing: (id: string, answer: NothingAnswer) => Promise<boolean>;
  onDownload: (id: string) => Promise<void>;
  onClose: () => void;
}

const STATE_NAMES: Record<SubmissionSummary['state'], string> = {
  unassigned: '未识别单位',
  received: '待审核',
  accepted: '已采用',
  returned: '已退回',
  superseded: '已被新回执替换',
};

export function stateName(s: SubmissionSummary['state']): string {
  return STATE_NAMES[s];
}

/** A file that says nothing: no rows, or only the errors of fields left empty. */
function saysNothing(s: SubmissionSummary): boolean {
  const errors = s.problems.filter((p) => p.level === 'error');
  return (
    s.rowCount === 0 || (errors.length > 0 && errors.every((p) => /必填，尚未填写|没有填写任何事项/.test(p.message)))
  );
}

export function ReviewPanel({
  submission: s,
  units,
  load,
  onAccept,
  onSendBack,
  onUndo,
  onAssign,
  onNothing,
  onDownload,
  onClose,
}: ReviewPanelProps) {
  const [review, setReview] = useState<Output<'rounds.review'>>();
  const [reason, setReason] = useState('');
  const [sendingBack, setSendingBack] = useState(false);
  const [unit, setUnit] = useState(units[0] ?? '');
  useEffect(() => {
    let live = true;
    void load(s.id).then((r) => live && setReview(r));
    return () => {
      live = false;
    };
  }, [s.id, s.state, s.unit, load]);
  const errors = s.problems.filter((p) => p.level === 'error');
  const warnings = s.problems.filter((p) => p.level === 'warning');
  return (
    <section className="pd-review" aria-label={`审核：${s.fileName}`}>
      <header className="pd-review-head">
        <h3>
          {s.unit ?? '（未识别单位）'} · {s.fileName}
        </h3>
        <span className={`pd-tag pd-tag-${s.state}`}>{stateName(s.state)}</span>
        <button type="button" className="pd-link" onClick={onClose} aria-label="关闭审核">
          关闭
        </button>
      </header>
      <p className="pd-muted">
        收到于 {localStamp(s.receivedAt)}
        {s.late ? '（逾期报送）' : ''} · {s.rowCount} 行
        {s.reason ? (s.state === 'returned' ? ` · 退回原因：${s.reason}` : ` · ${s.reason}`) : ''}
        <button type="button" className="pd-link pd-inline-link" onClick={() => void onDownload(s.id)}>
          下载原文件
        </button>
      </p>
      {review && review.decisions.length > 0 && (
        <ol className="pd-decisions" aria-label="处理记录">
          {review.decisions.map((d, i) => (
            <li key={i}>
              {localStamp(d.at)} {DECISION_NAMES[d.action]}
              {d.reason ? `：${d.reason}` : ''}
            </li>
          ))}
        </ol>
      )}
      {s.state === 'unassigned' && (
        <div className="pd-inline">
          这份文件属于
          <select aria-label="指定单位" value={unit} onChange={(e) => setUnit(e.target.value)}>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
          <button type="button" className="pd-primary" disabled={!unit} onClick={() => void onAssign(s.id, unit)}>
            指定单位
          </button>
        </div>
      )}
      {s.problems.length > 0 ? (
        <ul className="pd-problems" aria-label="发现的问题">
          {[...errors, ...warnings].map((p, i) => (
            <li key={i} className={`pd-problem-${p.level}`}>
              <span className="pd-problem-level">{p.level === 'error' ? '错误' : '提醒'}</span>
              {p.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="pd-ok">检查通过，没有发现问题。</p>
      )}
      {review && (
        <div className="pd-review-changes">
          <h4>
            {s.state === 'accepted' ? '采用时的变化' : '采用后的变化'}：{review.lines.length} 项有新内容
            {review.same > 0 ? `，${review.same} 项与现有内容相同` : ''}
            {review.inForce
              ? `（${s.state === 'accepted' ? '替换了' : '将替换'} ${localStamp(review.inForce.receivedAt)} 收到的「${review.inForce.fileName}」）`
              : ''}
          </h4>
          {review.lines.length > 0 && (
            <table aria-label="变化明细">
              <thead>
                <tr>
                  <th>行</th>
                  <th>事项</th>
                  <th>内容</th>
                  <th>原来</th>
                  <th>报送</th>
                </tr>
              </thead>
              <tbody>
                {review.lines.flatMap((l) =>
                  l.cells.map((c, j) => (
                    <tr key={`${l.line}-${c.label}`}>
                      {j === 0 && <td rowSpan={l.cells.length}>{l.line}</td>}
                      {j === 0 && (
                        <td rowSpan={l.cells.length} className="pd-review-label">
                          {l.label}
                        </td>
                      )}
                      <td>{c.label}</td>
                      <td className="pd-before">{c.before || '—'}</td>
                      <td className="pd-after">{c.after || '—'}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          )}
        </div>
      )}
      {/* The decision stays in sight at the foot of the window while the clerk reads the changes above it. */}
      <div className="pd-review-decision">
        <div className="pd-review-buttons">
          {s.state === 'received' && (
            <>
              <button
                type="button"
                className="pd-primary"
                disabled={errors.length > 0}
                title={errors.length > 0 ? '有错误的回执不能采用，请退回' : ''}
                onClick={() => void onAccept(s.id)}
              >
                采用
              </button>
              <button type="button" onClick={() => setSendingBack(true)}>
                退回…
              </button>
              {saysNothing(s) &&
                NOTHING_ANSWERS.map((a) => (
                  <button
                    key={a}
                    type="button"
                    title="这个单位没有要报的内容：计为已报，汇总表中写明"
                    onClick={() => void onNothing(s.id, a)}
                  >
                    按「{a}」采用
                  </button>
                ))}
            </>
          )}
          {s.state === 'accepted' && (
            <button type="button" onClick={() => void onUndo(s.id)}>
              撤销采用
            </button>
          )}
        </div>
        {sendingBack && (
          <div className="pd-sendback">
            <label>
              退回原因（会写进催报文字）
              <textarea
                aria-label="退回原因"
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder={errors[0]?.message ?? '请说明需要修改的地方'}
              />
            </label>
            <button type="button" onClick={() => setSendingBack(false)}>
              取消
            </button>
            <button
              type="button"
              className="pd-danger"
              disabled={reason.trim() === ''}
              onClick={() => void onSendBack(s.id, reason.trim()).then((ok) => ok && setSendingBack(false))}
            >
              确认退回
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
