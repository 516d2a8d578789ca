// 加入整改台账 from a unit's return under review: 责任单位 the unit, 督导发现问题 what the check or the 退回 found.
import { useState } from 'react';
import { problemFromReturn } from '../../../shared/domain/rectification';
import type { SubmissionSummary } from '../../../shared/domain/round';
import { AddProblemForm } from './AddProblemForm';
import { useLedgers } from './use-ledgers';

export interface ReturnProblemProps {
  submission: SubmissionSummary;
  roundTitle: string;
  onError: (t: string) => void;
  onNotice: (t: string) => void;
}

export function ReturnProblem({ submission: s, roundTitle, onError, onNotice }: ReturnProblemProps) {
  const ledgers = useLedgers(onError, onNotice);
  const [open, setOpen] = useState(false);
  if (!s.unit) return null;
  if (!open)
    return (
      <div className="pd-round-actions">
        <button type="button" aria-label={`把${s.unit}的问题加入整改台账`} onClick={() => setOpen(true)}>
          加入整改台账…
        </button>
        <span className="pd-muted">把这份回执反映的问题记入整改台账，限期整改、销号管理。</span>
      </div>
    );
  const findings = [
    ...(s.late ? ['逾期报送'] : []),
    ...(s.state === 'returned' && s.reason ? [`退回原因：${s.reason}`] : []),
    ...s.problems.map((p) => p.message),
  ];
  return (
    <AddProblemForm
      key={s.id}
      draft={problemFromReturn(roundTitle, s.unit, findings)}
      ledgers={ledgers.ledgers}
      onAdd={ledgers.add}
      onCancel={() => setOpen(false)}
    />
  );
}
