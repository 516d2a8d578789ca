// One round's board: each unit 未报/逾期/已报/退回/已采用 with when its file came in; 生成填报表, 导入回执 (files,
// a folder, or dropped), the files received with their problems and review, 催报 text, 导出汇总表.
import { IMPORT_ACCEPT, isImportable } from '../../../shared/xlsx/file-kind';
import { contactLine, type Unit } from '../../../shared/domain/unit-directory';
import { FileButton } from '../../app/FileButton';
import { useEffect, useState, type DragEvent } from 'react';
import { dayName, localStamp, UNIT_STATUS_NAMES, type SubmissionSummary } from '../../../shared/domain/round';
import { periodName } from '../../../shared/domain/progress';
import { ReviewPanel, stateName } from './ReviewPanel';
import { useRoundBoard } from './use-rounds';
import { droppedFiles } from '../../app/dropped-files';
import { TimelinessPanel } from '../recurring/TimelinessPanel';
import { GroupChase } from '../groups/GroupChase';
import { GroupFilter, GroupRow } from '../groups/GroupFilter';
import { useGroupView } from '../groups/use-group-view';
import { ReturnProblem } from '../rectification/ReturnProblem';

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

function stamp(iso: string | null): string {
  return iso ? localStamp(iso) : '—';
}

export function RoundBoard({ roundId, directory, onBack, onOpenRound, onDeleted, onError, onNotice }: RoundBoardProps) {
  const b = useRoundBoard(roundId, onError, onNotice);
  const [folder, setFolder] = useState('');
  const [perUnit, setPerUnit] = useState(false);
  const [arrangement, setArrangement] = useState<'item' | 'unit'>('item');
  const [open, setOpen] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [dropping, setDropping] = useState(false);
  const groupView = useGroupView(directory, onError);
  const v = b.view;
  useEffect(() => {
    if (v && folder === '') setFolder(v.defaultFolder);
  }, [v, folder]);
  if (!v) return <div className="pd-loading">正在打开…</div>;
  const { round } = v;
  const opened = v.submissions.find((s) => s.id === open) ?? null;
  // Of a unit's several files waiting, 全部采用 takes the latest: count units, not files.
  const clean = new Set(
    v.submissions
      .filter((s) => s.state === 'received' && s.unit && !s.problems.some((p) => p.level === 'error'))
      .map((s) => s.unit),
  ).size;
  const counts = Object.fromEntries(
    Object.keys(UNIT_STATUS_NAMES).map((k) => [k, v.board.filter((e) => e.status === k).length]),
  );
  // A 备案 round takes a file of any kind.
  const filing = round.asks === 'file';
  const repeating = round.recurrence !== undefined && round.recurrence !== 'none';
  const pick = (files: File[]) => void b.receive(files.filter((f) => filing || isImportable(f.name)));
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDropping(false);
    void droppedFiles(e.dataTransfer).then(b.receive, () => onError('无法读取拖入的文件夹，请改用「导入文件夹…」。'));
  };
  const copyChase = async () => {
    try {
      await navigator.clipboard.writeText(v.chaseText);
      onNotice('催报文字已复制，可粘贴到消息或邮件中。');
    } catch {
      onError('无法写入剪贴板，请选中下面的文字后按 Ctrl+C 复制。');
    }
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
        <p className="pd-muted">
          {round.mode === 'progress' && round.period
            ? `${periodName(round.period)} · `
            : filing
              ? `${round.period ? `${periodName(round.period)} · ` : ''}报送文件（备案） · `
              : '新表填报 · '}
          报送截止 {dayName(round.dueDate)} · {round.units.length} 个单位 ·
          {Object.entries(UNIT_STATUS_NAMES)
            .map(([k, name]) => ` ${name} ${counts[k] ?? 0}`)
            .join(' ·')}
        </p>
      </div>

      {!filing && (
        <div className="pd-round-actions">
          <label className="pd-inline pd-grow">
            填报表保存到
            <input aria-label="填报表保存到" value={folder} onChange={(e) => setFolder(e.target.value)} />
          </label>
          <button
            type="button"
            className="pd-primary"
            disabled={folder.trim() === ''}
            onClick={() => void b.generate(folder.trim())}
          >
            生成填报表
          </button>
        </div>
      )}
      <div className="pd-round-actions">
        <FileButton inputLabel="选择回执文件" multiple {...(filing ? {} : { accept: IMPORT_ACCEPT })} onFiles={pick}>
          导入回执…
        </FileButton>
        <FileButton inputLabel="选择回执文件夹" folder onFiles={pick}>
          导入文件夹…
        </FileButton>
        <span className="pd-muted">或把收到的文件（可多个）拖到这里</span>
        <span className="pd-grow" />
        {!filing && (
          <>
            <label className="pd-inline">
              <input type="checkbox" checked={perUnit} onChange={(e) => setPerUnit(e.target.checked)} />
              每个单位另设一个工作表
            </label>
            <select
              aria-label="汇总表排列"
              value={arrangement}
              onChange={(e) => setArrangement(e.target.value === 'unit' ? 'unit' : 'item')}
            >
              <option value="item">按事项</option>
              <option value="unit">按单位</option>
            </select>
            <button type="button" onClick={() => void b.exportSummary(perUnit, arrangement)}>
              导出汇总表
            </button>
          </>
        )}
      </div>
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
      <table className="pd-round-table" aria-label="各单位报送情况">
        <thead>
          <tr>
            <th>单位</th>
            <th>状态</th>
            <th>最近收到</th>
            <th>文件数</th>
            {round.mode === 'progress' && <th>填报事项</th>}
            <th>说明</th>
            <th>联系人</th>
          </tr>
        </thead>
        <tbody>
          {groupView.arrange(v.board, (e) => e.unit).flatMap((part) => [
            <GroupRow key={`group:${part.label}`} label={part.label} span={round.mode === 'progress' ? 7 : 6} />,
            ...part.items.map((e) => (
            <tr key={e.unit} data-unit={e.unit}>
              <td>{e.unit}</td>
              <td>
                <span className={`pd-tag pd-tag-${e.status}`}>{UNIT_STATUS_NAMES[e.status]}</span>
              </td>
              <td>
                {stamp(e.lastReceivedAt)}
                {e.late && <span className="pd-late">逾期报送</span>}
              </td>
              <td>{e.files}</td>
              {round.mode === 'progress' && <td>{e.rows}</td>}
              <td>
                {e.status === 'errors'
                  ? `${e.errors} 处错误，待退回`
                  : e.reason && (e.status === 'returned' ? `退回：${e.reason}` : e.reason)}
              </td>
              {/* Who to call, from 单位名录, where the unit still owes a return. */}
              <td>{e.status === 'accepted' || e.status === 'received' ? '' : contactLine(directory, e.unit)}</td>
            </tr>
            )),
          ])}
        </tbody>
      </table>

      {clean > 0 && (
        <div className="pd-round-actions">
          <span>{clean} 份回执检查通过、待审核。</span>
          <button type="button" className="pd-primary" onClick={() => void b.acceptAll()}>
            全部采用（{clean} 份）
          </button>
        </div>
      )}
      {v.submissions.length > 0 && (
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
            {[...v.submissions].reverse().map((s) => (
              <SubmissionLine key={s.id} s={s} selected={s.id === open} onOpen={() => setOpen(s.id)} />
            ))}
          </tbody>
        </table>
      )}
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
      {v.chaseText && (
        <div className="pd-chase">
          <h4>
            催报文字
            <button type="button" className="pd-link" onClick={() => void copyChase()}>
              复制
            </button>
          </h4>
          <textarea aria-label="催报文字" readOnly rows={3} value={v.chaseText} />
        </div>
      )}
      <div className="pd-round-footer">
        {confirmDelete ? (
          <span className="pd-inline">
            删除后，这个任务收到的回执也不再显示（已采用的进展保留）。确定删除？
            <button type="button" onClick={() => setConfirmDelete(false)}>
              取消
            </button>
            <button type="button" className="pd-danger" onClick={() => void b.remove().then((ok) => ok && onDeleted())}>
              删除任务
            </button>
          </span>
        ) : (
          <button type="button" className="pd-link" onClick={() => setConfirmDelete(true)}>
            删除这个填报任务…
          </button>
        )}
      </div>
    </div>
  );
}

function SubmissionLine({ s, selected, onOpen }: { s: SubmissionSummary; selected: boolean; onOpen: () => void }) {
  const errors = s.problems.filter((p) => p.level === 'error').length;
  const warnings = s.problems.length - errors;
  return (
    <tr className={selected ? 'pd-selected' : undefined} data-file={s.fileName}>
      <td>{s.fileName}</td>
      <td>{s.unit ?? '（未识别）'}</td>
      <td>
        {stamp(s.receivedAt)}
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
