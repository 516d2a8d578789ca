// The import preview: which sheet and header rows, what kind of table, what each column becomes, and the rows.
import { Modal } from '../../app/Modal';
import type { ColumnChoice, ImportPreview } from '../../../shared/domain/import';
import { PlanKind } from '../../../shared/domain/plan';
import { TEMPLATES } from '../../../shared/templates/kinds';
import { columnLetter } from '../../../shared/column-letters';
import { useImport } from './use-import';
import { YEAR_SOURCE_NAMES } from '../../../shared/domain/import-year';

export interface ImportDialogProps {
  file: File;
  currentPlan: { id: string; title: string } | null;
  onDone: (planId: string, text: string, unknownUnits: string[]) => void | Promise<void>;
  onCancel: () => void;
}

const choiceValue = (c: ColumnChoice) => (c.use === 'key' ? `key:${c.key}` : c.use);
const choiceOf = (v: string): ColumnChoice =>
  v.startsWith('key:') ? { use: 'key', key: v.slice(4) } : v === 'extra' ? { use: 'extra' } : { use: 'ignore' };

export function ImportDialog({ file, currentPlan, onDone, onCancel }: ImportDialogProps) {
  const imp = useImport(file);
  const p = imp.preview;
  // A year the file does not state is confirmed by the clerk before it becomes a new plan's: a wrong year turns
  // every deadline 逾期 (rows added to a plan take that plan's year).
  const yearOpen = !!p?.year && !p.year.sure && !imp.yearConfirmed;
  const run = async (target: { mode: 'new' } | { mode: 'append'; planId: string }) => {
    const done = await imp.commit(target);
    if (done) {
      const where = target.mode === 'new' ? '新方案' : `「${currentPlan?.title ?? ''}」`;
      onDone(
        done.planId,
        `已从「${file.name}」导入 ${done.items} 项${done.sections > 0 ? `、${done.sections} 个分组` : ''}到${where}。`,
        done.unknownUnits,
      );
    }
  };
  return (
    <Modal label="导入 Excel" className="pd-import" initialFocus="dialog" onClose={onCancel}>
      <h2>导入「{file.name}」</h2>
      {imp.error && (
        <div className="pd-notice pd-notice-error" role="alert">
          {imp.error}
        </div>
      )}
      {!p && !imp.error && <p className="pd-muted">正在读取文件…</p>}
      {p && <Settings preview={p} imp={imp} />}
      {p && <Preview preview={p} imp={imp} />}
      <div className="pd-dialog-buttons">
        {yearOpen && <span className="pd-muted">请先确认年度</span>}
        <button type="button" onClick={onCancel}>
          取消
        </button>
        {currentPlan && (
          <button
            type="button"
            disabled={!p || imp.phase !== 'preview'}
            onClick={() => void run({ mode: 'append', planId: currentPlan.id })}
          >
            添加到当前方案
          </button>
        )}
        <button
          type="button"
          className="pd-primary"
          disabled={!p || imp.phase !== 'preview' || yearOpen}
          onClick={() => void run({ mode: 'new' })}
        >
          {imp.phase === 'importing' ? '正在导入…' : '导入为新方案'}
        </button>
      </div>
    </Modal>
  );
}

function Settings({ preview: p, imp }: { preview: ImportPreview; imp: ReturnType<typeof useImport> }) {
  return (
    <div className="pd-import-settings">
      <div className="pd-import-row">
        <label>
          {/* A Word document's tables are offered as its sheets are in a workbook. */}
          {/\.docx$/i.test(p.fileName) ? '表格' : '工作表'}
          <select aria-label="工作表" value={p.sheet} onChange={(e) => imp.setSheet(e.target.value)}>
            {p.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
                {s.hidden ? '（隐藏）' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          表头行
          <input
            aria-label="表头起始行"
            type="number"
            min={1}
            value={p.headerStart}
            onChange={(e) => imp.setHeaderRows(Number(e.target.value), Math.max(Number(e.target.value), p.headerEnd))}
          />
          至
          <input
            aria-label="表头结束行"
            type="number"
            min={p.headerStart}
            value={p.headerEnd}
            onChange={(e) => imp.setHeaderRows(p.headerStart, Number(e.target.value))}
          />
        </label>
        <label>
          表格类型
          <select aria-label="表格类型" value={p.kind} onChange={(e) => imp.setKind(PlanKind.parse(e.target.value))}>
            {PlanKind.options.map((k) => (
              <option key={k} value={k}>
                {TEMPLATES[k].name}
              </option>
            ))}
          </select>
        </label>
        <YearField preview={p} imp={imp} />
        <span className="pd-muted">
          标题：{p.title}
          {p.meta.reportingUnit ? `；填报单位：${p.meta.reportingUnit}` : ''}
          {p.meta.reportDate ? `；时间：${p.meta.reportDate}` : ''}
        </span>
      </div>
      {p.remembered && <p className="pd-muted">已按上次为同样格式的文件所做的对应关系读取。</p>}
      {(p.warnings.length > 0 || p.notes.length > 0) && (
        <ul className="pd-import-warnings">
          {p.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
          {p.notes.map((n) => (
            <li key={n} className="pd-muted">
              表下注释：{n}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** 年度: read from the title or 文号 (said so), or a guess from the file's date marked for the clerk to confirm. */
function YearField({ preview: p, imp }: { preview: ImportPreview; imp: ReturnType<typeof useImport> }) {
  if (!p.year) return null;
  const y = p.year;
  return (
    <span className={`pd-import-year${!y.sure && !imp.yearConfirmed ? ' pd-import-guess' : ''}`}>
      <label>
        年度
        <input
          aria-label="年度"
          type="number"
          min={2000}
          max={2100}
          value={imp.year ?? y.year}
          onChange={(e) => imp.setYear(Number(e.target.value))}
        />
      </label>
      {y.sure ? (
        <span className="pd-muted">
          （来自{YEAR_SOURCE_NAMES[y.source]}「{y.text}」）
        </span>
      ) : imp.yearConfirmed ? (
        <span className="pd-muted">（已确认）</span>
      ) : (
        <>
          <span role="status">
            文件中没有写年度，按{YEAR_SOURCE_NAMES[y.source]}推测为 {y.year} 年，请确认或修改。
          </span>
          <button type="button" onClick={imp.confirmYear}>
            年度无误
          </button>
        </>
      )}
    </span>
  );
}

/** The rows as they will be imported; above each column, what it becomes (ignored columns are greyed). */
function Preview({ preview: p, imp }: { preview: ImportPreview; imp: ReturnType<typeof useImport> }) {
  const template = TEMPLATES[p.kind].columns;
  const cols = p.columns;
  return (
    <div className="pd-import-preview">
      <p>
        共 {p.itemCount} 项{p.sectionCount > 0 ? `、${p.sectionCount} 个分组` : ''}
        {p.itemCount > p.previewRows.length ? `，下面显示前 ${p.previewRows.length} 行` : ''}
        。在每列上方选择它导入为哪一列：
      </p>
      <div className="pd-import-table">
        <table aria-label="导入预览">
          <thead>
            <tr className="pd-import-choices">
              <th rowSpan={2}>行</th>
              {cols.map((c) => (
                <th key={c.index} className={c.key === null ? 'pd-ignored' : undefined}>
                  <select
                    aria-label={`「${c.source || columnLetter(c.index)}」列导入为`}
                    value={choiceValue(c.choice)}
                    onChange={(e) => imp.setColumn(c.index, choiceOf(e.target.value))}
                  >
                    <option value="key:seq">序号</option>
                    {template.map((t) => (
                      <option key={t.key} value={`key:${t.key}`}>
                        {t.label}
                      </option>
                    ))}
                    <option value="extra">保留为附加列</option>
                    <option value="ignore">不导入</option>
                  </select>
                </th>
              ))}
            </tr>
            <tr>
              {cols.map((c) => (
                <th
                  key={c.index}
                  className={c.key === null ? 'pd-ignored' : undefined}
                  title={`文件中的 ${columnLetter(c.index)} 列`}
                >
                  {c.group ? `${c.group} / ` : ''}
                  {c.source || `（${columnLetter(c.index)} 列无表头）`}
                  {c.hidden ? '（隐藏列）' : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.previewRows.map((r) =>
              r.kind === 'section' ? (
                <tr key={r.line} className="pd-section-row">
                  <td>{r.line}</td>
                  <td colSpan={cols.length} className="pd-section-cell">
                    {r.section}
                  </td>
                </tr>
              ) : (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  {cols.map((c) => (
                    <td key={c.index} className={c.key === null ? 'pd-ignored' : undefined}>
                      {c.key ? (r.cells[c.key] ?? '') : ''}
                    </td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
