// One round's board: each unit 未报/逾期/已报/退回/已采用 with when its file came in; 生成填报表, 导入回执 (files,
// a folder, or dropped), the files received with their problems and review, 催报 text, 导出汇总表.
import { isImportable } from '../../../shared/xlsx/file-kind';
import type { Unit } from '../../../shared/domain/unit-directory';
import { useState, type DragEvent } from 'react';
import { acceptableByUnit, dayName, UNIT_STATUS_NAMES, type RoundView } from '../../../shared/domain/round';
import { periodName } from '../../../shared/domain/progress';
import { ReviewPanel } from './ReviewPanel';
import { useDesktop, useRoundBoard } from './use-rounds';
import { droppedFiles } from '../../app/dropped-files';
import { hasFolderPicker } from '../../app/folder-picker';
import { inDesktopShell } from '../../app/api-client';
import { TimelinessPanel } from '../recurring/TimelinessPanel';
import { GroupChase } from '../groups/GroupChase';
import { GroupFilter } from '../groups/GroupFilter';
import { useGroupView } from '../groups/use-group-view';
import { ReturnProblem } from '../rectification/ReturnProblem';
import { RoundActions } from './RoundActions';
import { UnitStatusTable } from './UnitStatusTable';
import { SubmissionTable } from './SubmissionTable';
import { RoundFooter } from './RoundFooter';

export interface RoundBoardProps {
  roundId: string;
  /** 单位名录, for each unit's 联系人 and 电话. */
  directory: readonly Unit[];
  onBack: () => void;
  /** Goes to another round of a recurring series. */
  onOpenRound?: (id: string) => void;
  onDeleted: () => void;
  onError: (t: string) => void;
  onNotice: (t: string) => void;
}

export function RoundBoard({ roundId, directory, onBack, onOpenRound, onDeleted, onError, onNotice }: RoundBoardProps) {
  const b = useRoundBoard(roundId, onError, onNotice);
  const desktop = useDesktop(onError);
  const [open, setOpen] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const groupView = useGroupView(directory, onError);
  const v = b.view;
  if (!v) return <div className="pd-loading">正在打开…</div>;
  const { round } = v;
  const opened = v.submissions.find((s) => s.id === open) ?? null;
  // Of a unit's several files waiting, 全部采用 takes the latest: count units, not files.
  const clean = acceptableByUnit(v.submissions).size;
  const filing = round.asks === 'file';
  const repeating = round.recurrence !== undefined && round.recurrence !== 'none';
  const pick = (files: File[]) => void b.receive(files.filter((f) => filing || isImportable(f.name)));
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    void droppedFiles(e.dataTransfer).then(b.receive, () => onError('无法读取拖入的文件夹，请改用「导入文件夹…」。'));
  };

  return (
    <div
      className={`pd-round-board${dropping ? ' pd-dropping' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDropping(true);
        }
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDropping(false)}
      onDrop={onDrop}
    >
      <div className="pd-round-head">
        <button type="button" className="pd-link" onClick={onBack}>
          ← 全部填报任务
        </button>
        <h3>{round.title}</h3>
        <p className="pd-muted">{headLine(v)}</p>
      </div>
      <RoundActions
        filing={filing}
        defaultFolder={v.defaultFolder}
        onGenerate={async (folder) => (await b.generate(folder)) !== undefined}
        onGenerateZip={() => void b.generateZip()}
        onOpenFolder={(folder) => void b.openFolder(folder)}
        {...(desktop ? { onPickFolder: b.pickFolder } : {})}
        {...(!desktop && !inDesktopShell() && hasFolderPicker()
          ? { browserFolder: { pick: b.pickBrowserFolder, generate: b.generateInto } }
          : {})}
        onFiles={pick}
        onExport={(perUnit, arrangement) => void b.exportSummary(perUnit, arrangement)}
      />
      {b.receiving && (
        <div
          className="pd-receiving"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={b.receiving.total}
          aria-valuenow={b.receiving.done}
        >
          正在导入回执 {b.receiving.done}/{b.receiving.total}…
        </div>
      )}
      {b.fileErrors.length > 0 && (
        <ul className="pd-problems" aria-label="未能导入的文件">
          {b.fileErrors.map((e, i) => (
            <li key={i} className="pd-problem-error">
              <span className="pd-problem-level">未导入</span>
              {e.message}
            </li>
          ))}
        </ul>
      )}

      <div className="pd-round-actions">
        <GroupFilter view={groupView} />
      </div>
      <UnitStatusTable
        board={v.board}
        withRows={round.mode === 'progress'}
        directory={directory}
        arrange={(board) => groupView.arrange(board, (e) => e.unit)}
      />
      {clean > 0 && (
        <div className="pd-round-actions">
          <span>{clean} 份回执检查通过、待审核。</span>
          <button type="button" className="pd-primary" onClick={() => void b.acceptAll()}>
            全部采用（{clean} 份）
          </button>
        </div>
      )}
      {v.submissions.length > 0 && <SubmissionTable submissions={v.submissions} openId={open} onOpen={setOpen} />}
      {opened && (
        <ReviewPanel
          submission={opened}
          units={round.units}
          load={b.review}
          onAccept={b.accept}
          onSendBack={b.sendBack}
          onUndo={b.undoAccept}
          onAssign={b.assign}
          onNothing={b.acceptNothing}
          onDownload={b.downloadOriginal}
          onClose={() => setOpen(null)}
        />
      )}
      {opened && <ReturnProblem submission={opened} roundTitle={round.title} onError={onError} onNotice={onNotice} />}

      {repeating && (
        <TimelinessPanel
          key={v.board.map((e) => `${e.status}${e.files}`).join()}
          roundId={roundId}
          onOpenRound={(id) => onOpenRound?.(id)}
          onError={onError}
          onNotice={onNotice}
        />
      )}
      <GroupChase
        title={round.title}
        due={dayName(round.dueDate)}
        owing={v.board.filter((e) => e.status === 'pending' || e.status === 'overdue').map((e) => e.unit)}
        directory={directory}
        shows={groupView.shows}
        onError={onError}
      />
      <RoundFooter
        chaseText={v.chaseText}
        onCopied={onNotice}
        onError={onError}
        onDelete={() => void b.remove().then((ok) => ok && onDeleted())}
      />
    </div>
  );
}

/** Under the title: the period or kind of round, its due date, its units and how many stand where. */
function headLine({ round, board }: RoundView): string {
  const kind =
    round.mode === 'progress' && round.period
      ? `${periodName(round.period)} · `
      : round.asks === 'file'
        ? `${round.period ? `${periodName(round.period)} · ` : ''}报送文件（备案） · `
        : '新表填报 · ';
  const counts = Object.entries(UNIT_STATUS_NAMES)
    .map(([k, name]) => ` ${name} ${board.filter((e) => e.status === k).length}`)
    .join(' ·');
  return `${kind}报送截止 ${dayName(round.dueDate)} · ${round.units.length} 个单位 ·${counts}`;
}
