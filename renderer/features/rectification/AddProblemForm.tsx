// 加入整改台账: a problem found (a 测评 row, a unit's return) prefilled — 责任单位, 督导发现问题 — for the clerk to
// check, put on a 整改台账 picked from those kept or made new here, in one action.
import { useState } from 'react';
import type { ProblemDraft } from '../../../shared/domain/rectification';
import type { PlanSummary } from '../../../shared/domain/plan';
import type { LedgerChoice } from './use-ledgers';

export interface AddProblemFormProps {
  draft: ProblemDraft;
  ledgers: readonly PlanSummary[];
  onAdd: (choice: LedgerChoice, problem: ProblemDraft) => Promise<boolean>;
  onCancel: () => void;
}

const NEW = '__new__';

export function AddProblemForm({ draft, ledgers, onAdd, onCancel }: AddProblemFormProps) {
  const [p, setP] = useState(draft);
  const [ledger, setLedger] = useState(ledgers[0]?.id ?? NEW);
  const [newTitle, setNewTitle] = useState('整改台账');
  const making = ledger === NEW || !ledgers.some((l) => l.id === ledger);
  const ready = p.problem.trim() !== '' && p.unit.trim() !== '' && (!making || newTitle.trim() !== '');
  return (
    <form
      className="pd-group-form pd-add-problem"
      aria-label="加入整改台账"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready)
          void onAdd(making ? { newTitle: newTitle.trim() } : { planId: ledger }, p).then((ok) => ok && onCancel());
      }}
    >
      <div className="pd-round-actions">
        <label className="pd-inline">
          整改台账
          <select aria-label="整改台账" value={making ? NEW : ledger} onChange={(e) => setLedger(e.target.value)}>
            {ledgers.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
            <option value={NEW}>新建整改台账…</option>
          </select>
        </label>
        {making && (
          <label className="pd-inline">
            新台账名称
            <input aria-label="新台账名称" value={newTitle} onChange={(e) => setNewTitle(e.target.value)} />
          </label>
        )}
        <label className="pd-inline">
          责任单位
          <input aria-label="责任单位" value={p.unit} onChange={(e) => setP({ ...p, unit: e.target.value })} />
        </label>
        <label className="pd-inline">
          整改时限
          <input
            aria-label="整改时限"
            placeholder="如：2026年12月31日前"
            value={p.deadline}
            onChange={(e) => setP({ ...p, deadline: e.target.value })}
          />
        </label>
      </div>
      <label className="pd-inline pd-grow">
        督导发现问题
        <textarea
          aria-label="督导发现问题"
          rows={2}
          value={p.problem}
          onChange={(e) => setP({ ...p, problem: e.target.value })}
        />
      </label>
      <div className="pd-round-actions">
        <button type="submit" className="pd-primary" disabled={!ready}>
          加入整改台账
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
