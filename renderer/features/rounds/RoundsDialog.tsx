// 填报任务 of the open plan: the list of rounds, a new one, or one round's board.
import { Modal } from '../../app/Modal';
import { useState } from 'react';
import type { Plan, Row } from '../../../shared/domain/plan';
import { dayName } from '../../../shared/domain/round';
import { periodName } from '../../../shared/domain/progress';
import type { Unit } from '../../../shared/domain/unit-directory';
import { RoundBoard } from './RoundBoard';
import { RoundForm } from './RoundForm';
import { useRoundList } from './use-rounds';

export interface RoundsDialogProps {
  plan: Plan;
  rows: readonly Row[];
  units: readonly Unit[];
  onError: (t: string) => void;
  onNotice: (t: string) => void;
  onClose: () => void;
}

type Screen = { name: 'list' } | { name: 'new' } | { name: 'round'; id: string };

export function RoundsDialog({ plan, rows, units, onError, onNotice, onClose }: RoundsDialogProps) {
  const list = useRoundList(plan.id, onError);
  const [screen, setScreen] = useState<Screen>({ name: 'list' });
  const toList = () => {
    setScreen({ name: 'list' });
    void list.refresh();
  };
  return (
    <Modal
      label="填报任务"
      className="pd-rounds"
      data-own-drop
      initialFocus="dialog"
      escapes={(target) => target.tagName !== 'TEXTAREA'}
      onClose={onClose}
    >
      <h2>
        填报任务<span className="pd-muted">（{plan.title}）</span>
        <button type="button" className="pd-close" aria-label="关闭" onClick={onClose}>
          ×
        </button>
      </h2>
      {screen.name === 'list' && (
        <div className="pd-round-list">
          <p className="pd-muted">把本表按单位生成填报表下发，收回各单位报送的文件，检查、审核后汇总。</p>
          <button type="button" className="pd-primary" onClick={() => setScreen({ name: 'new' })}>
            新建填报任务
          </button>
          {list.data && list.data.length === 0 && <p>还没有填报任务。</p>}
          <ul aria-label="填报任务列表">
            {list.data?.map((r) => (
              <li key={r.id}>
                <button type="button" className="pd-link" onClick={() => setScreen({ name: 'round', id: r.id })}>
                  {r.title}
                </button>
                <span className="pd-muted">
                  {r.period ? periodName(r.period) : '新表填报'} · {r.units.length} 个单位 · 截止 {dayName(r.dueDate)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {screen.name === 'new' && (
        <RoundForm
          plan={plan}
          rows={rows}
          directory={units}
          onError={onError}
          onCancel={toList}
          onCreated={(r) => {
            void list.refresh();
            setScreen({ name: 'round', id: r.id });
          }}
        />
      )}
      {screen.name === 'round' && (
        <RoundBoard
          key={screen.id}
          roundId={screen.id}
          directory={units}
          onBack={toList}
          onOpenRound={(id) => {
            void list.refresh();
            setScreen({ name: 'round', id });
          }}
          onDeleted={toList}
          onError={onError}
          onNotice={onNotice}
        />
      )}
    </Modal>
  );
}
