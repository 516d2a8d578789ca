// 测评: import the evaluators' score sheets month by month; each period's ranking per group with ↑↓ and the units
// 连续两次排名靠后; a unit's rank over the months as a chart; the period's 通报 as a Word document.
import { useMemo, useState } from 'react';
import { rankHistory, scorePeriodName } from '../../../shared/domain/scores';
import { problemFromRank, type ProblemDraft } from '../../../shared/domain/rectification';
import { AddProblemForm } from '../rectification/AddProblemForm';
import { useLedgers } from '../rectification/use-ledgers';
import type { Unit } from '../../../shared/domain/unit-directory';
import { FileButton } from '../../app/FileButton';
import { Modal } from '../../app/Modal';
import { GroupFilter } from '../groups/GroupFilter';
import { useGroupView } from '../groups/use-group-view';
import { RankChart } from './RankChart';
import { RankingTable } from './RankingTable';
import { useScores } from './use-scores';

export interface ScoresDialogProps {
  directory: readonly Unit[];
  onError: (t: string) => void;
  onNotice: (t: string) => void;
  onClose: () => void;
}

export function ScoresDialog({ directory, onError, onNotice, onClose }: ScoresDialogProps) {
  const s = useScores(onError, onNotice);
  const groupView = useGroupView(directory, onError);
  const [period, setPeriod] = useState<string | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [issuer, setIssuer] = useState('');
  const ledgers = useLedgers(onError, onNotice);
  const [problem, setProblem] = useState<ProblemDraft | null>(null);
  const rankings = s.rankings ?? [];
  const ranking = rankings.find((r) => r.period === period) ?? rankings[rankings.length - 1];
  const sheet = s.sheets?.find((x) => x.period === ranking?.period);
  const { filterId, shows } = groupView;
  const only = useMemo(() => {
    if (!filterId || !ranking) return null;
    return new Set(ranking.groups.flatMap((g) => g.units.map((u) => u.unit)).filter(shows));
  }, [filterId, shows, ranking]);

  return (
    <Modal label="测评排名" className="pd-scores" initialFocus="dialog" onClose={onClose}>
      <h2>
        测评排名
        <button type="button" className="pd-close" aria-label="关闭" onClick={onClose}>
          ×
        </button>
      </h2>
      <div className="pd-round-actions">
        <FileButton
          inputLabel="选择测评得分表"
          multiple
          accept=".xlsx,.xls,.csv,.docx"
          onFiles={(f) => void s.importFiles(f)}
        >
          导入测评得分表…
        </FileButton>
        {rankings.length > 0 && (
          <>
            <label className="pd-inline">
              期间
              <select aria-label="测评期间" value={ranking?.period ?? ''} onChange={(e) => setPeriod(e.target.value)}>
                {rankings.map((r) => (
                  <option key={r.period} value={r.period}>
                    {scorePeriodName(r.period)}
                  </option>
                ))}
              </select>
            </label>
            <label className="pd-inline">
              排名靠后指每组后
              <input
                type="number"
                aria-label="排名靠后的名次数"
                min={1}
                max={50}
                value={s.bottom}
                onChange={(e) => s.setBottom(Math.max(1, Number(e.target.value) || 1))}
              />
              名
            </label>
            <GroupFilter view={groupView} arrange={false} />
          </>
        )}
      </div>
      {rankings.length === 0 && (
        <p className="pd-muted">
          还没有测评结果。请导入第三方测评机构发来的得分表（每行一个单位，按“一、县（市、区）”“二、市直医疗卫生机构”分组，各项指标一列）。
        </p>
      )}
      {ranking && (
        <>
          <p className="pd-muted">
            {sheet ? `「${sheet.fileName}」，${sheet.units} 个单位` : ''}
            {sheet && (
              <button type="button" className="pd-link" onClick={() => void s.remove(sheet.id)}>
                删除这期
              </button>
            )}
          </p>
          {ranking.warnings.length > 0 && (
            <ul className="pd-problems" aria-label="测评提醒">
              {ranking.warnings.map((w) => (
                <li key={w} className="pd-problem-warning">
                  {w}
                </li>
              ))}
            </ul>
          )}
          {ranking.groups.map((g) => (
            <RankingTable
              key={g.group}
              ranking={ranking}
              group={g}
              only={only}
              selected={unit}
              onSelect={setUnit}
              onAddProblem={(grp, u) => setProblem(problemFromRank(ranking.period, grp.group, u, ranking.indicators))}
            />
          ))}
          {problem && (
            <AddProblemForm
              key={problem.problem}
              draft={problem}
              ledgers={ledgers.ledgers}
              onAdd={ledgers.add}
              onCancel={() => setProblem(null)}
            />
          )}
          {unit && <RankChart unit={unit} points={rankHistory(rankings, unit)} />}
          <div className="pd-round-actions">
            <label className="pd-inline pd-grow">
              发文单位
              <input
                aria-label="发文单位"
                value={issuer}
                placeholder="如：聊城市卫生健康委员会"
                onChange={(e) => setIssuer(e.target.value)}
              />
            </label>
            <button type="button" className="pd-primary" onClick={() => void s.exportNotice(ranking.period, issuer)}>
              导出测评通报（Word）
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
