// 导出: as an Excel workbook or a Word document, what to export and how the official table should look: paper,
// columns, 字号 (remembered per plan), and before writing whether it fits the paper at 小五 or more.
import { useState } from 'react';
import { Dialog } from '../../app/Dialog';
import { defaultColumns } from '../../../shared/domain/export';
import type { ColumnDef } from '../../../shared/domain/plan';
import { FitNotice } from './FitNotice';
import { PeriodOptions } from '../progress/PeriodOptions';
import { ColumnsField, FontSizeField, PaperField } from './LayoutFields';
import { defaultExportForm, useExport, useFitCheck, useRememberedLayout, type ExportForm } from './use-export';

export interface ExportDialogProps {
  planId: string;
  attachmentLabel: string;
  /** The plan's columns, to choose from. */
  columns: readonly ColumnDef[];
  itemCount: number;
  /** The rows the filter shows, or null when no filter is on. */
  filtered: { ids: string[]; items: number } | null;
  /** The periods progress can be exported for, and the one in view. */
  periods: string[];
  period: string;
  onDone: (text: string) => void;
  onClose: () => void;
}

export function ExportDialog({
  planId,
  attachmentLabel,
  columns,
  itemCount,
  filtered,
  periods,
  period,
  onDone,
  onClose,
}: ExportDialogProps) {
  const [form, setForm] = useState<ExportForm>(() => ({
    ...defaultExportForm(attachmentLabel, columns),
    scope: filtered ? 'filtered' : 'all',
  }));
  useRememberedLayout(planId, columns, setForm);
  const exp = useExport(planId, filtered?.ids ?? null, onDone);
  const fit = useFitCheck(planId, form, filtered?.ids ?? null);
  const set = <K extends keyof ExportForm>(k: K, v: ExportForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const visible = columns.filter((c) => !c.hidden);
  return (
    <Dialog
      title="导出"
      confirmLabel={exp.busy ? '正在导出…' : '导出'}
      confirmDisabled={exp.busy || fit?.fits === false}
      onConfirm={async () => {
        if (await exp.run(form)) onClose();
      }}
      onCancel={onClose}
    >
      {exp.error && (
        <div className="pd-notice pd-notice-error" role="alert">
          {exp.error}
        </div>
      )}
      <fieldset className="pd-fieldset">
        <legend>格式</legend>
        <label className="pd-inline">
          <input type="radio" name="format" checked={form.format === 'xlsx'} onChange={() => set('format', 'xlsx')} />
          Excel 表格（.xlsx）
        </label>
        <label className="pd-inline">
          <input type="radio" name="format" checked={form.format === 'docx'} onChange={() => set('format', 'docx')} />
          Word 文档（.docx，作通知的附件）
        </label>
      </fieldset>
      <fieldset className="pd-fieldset">
        <legend>导出范围</legend>
        <label className="pd-inline">
          <input type="radio" name="scope" checked={form.scope === 'all'} onChange={() => set('scope', 'all')} />
          整个方案（{itemCount} 项）
        </label>
        <label className="pd-inline">
          <input
            type="radio"
            name="scope"
            disabled={!filtered}
            checked={form.scope === 'filtered'}
            onChange={() => set('scope', 'filtered')}
          />
          仅筛选出的行{filtered ? `（${filtered.items} 项）` : '（未筛选）'}
        </label>
      </fieldset>
      <label className="pd-field">
        <span>附件标注</span>
        <input
          aria-label="附件标注"
          value={form.attachmentLabel}
          maxLength={20}
          placeholder="如：附件1（可不填）"
          onChange={(e) => set('attachmentLabel', e.target.value)}
        />
      </label>
      <label className="pd-inline">
        <input
          type="checkbox"
          checked={form.withReportLines}
          onChange={(e) => set('withReportLines', e.target.checked)}
        />
        表头上方加“填报单位”“时间”行
      </label>
      {form.withReportLines && (
        <div className="pd-field-pair">
          <label className="pd-field">
            <span>填报单位</span>
            <input aria-label="填报单位" value={form.unit} onChange={(e) => set('unit', e.target.value)} />
          </label>
          <label className="pd-field">
            <span>时间</span>
            <input aria-label="时间" value={form.date} onChange={(e) => set('date', e.target.value)} />
          </label>
        </div>
      )}
      <fieldset className="pd-fieldset">
        <legend>版式</legend>
        <label className="pd-inline">
          标题字体
          <select
            aria-label="标题字体"
            value={form.titleFont}
            onChange={(e) => set('titleFont', e.target.value === 'songti' ? 'songti' : 'fzxbs')}
          >
            <option value="fzxbs">方正小标宋简体</option>
            <option value="songti">宋体（加粗）</option>
          </select>
        </label>
        <div className="pd-inline-group">
          <FontSizeField label="标题" value={form.titleSize} min={15} onChange={(v) => set('titleSize', v)} />
          <FontSizeField label="表头" value={form.headerSize} max={16} onChange={(v) => set('headerSize', v)} />
          <FontSizeField label="正文" value={form.bodySize} max={16} onChange={(v) => set('bodySize', v)} />
        </div>
        <PaperField value={form} onChange={(p) => setForm((f) => ({ ...f, ...p }))} />
      </fieldset>
      <ColumnsField columns={visible} chosen={form.columns} onChange={(keys) => set('columns', keys)} />
      <FitNotice
        fit={fit}
        bodySize={form.bodySize}
        onPaper={(p) => setForm((f) => ({ ...f, paper: p.size, orientation: p.orientation }))}
      />
      <label className="pd-inline">
        <input
          type="checkbox"
          checked={form.progressPeriod !== ''}
          onChange={(e) =>
            setForm((f) => ({
              ...f,
              progressPeriod: e.target.checked ? period : '',
              ...(e.target.checked ? { columns: periodColumns(visible, period) } : {}),
            }))
          }
        />
        加上进展列（状态、进展情况、存在问题、下步打算）
        {form.progressPeriod !== '' && (
          <select
            aria-label="导出哪一期的进展"
            value={form.progressPeriod}
            onChange={(e) =>
              setForm((f) => ({
                ...f,
                progressPeriod: e.target.value,
                columns: periodColumns(visible, e.target.value),
              }))
            }
          >
            <PeriodOptions periods={periods} />
          </select>
        )}
      </label>
      <label className="pd-field">
        <span>表下注释</span>
        <textarea
          aria-label="表下注释"
          rows={2}
          value={form.notes}
          placeholder="如：注：请于每月3日前报送。（每行一条，可不填）"
          onChange={(e) => set('notes', e.target.value)}
        />
      </label>
    </Dialog>
  );
}

/** A quarterly plan's columns for one period: that quarter's target, not all four. */
function periodColumns(columns: readonly ColumnDef[], period: string): string[] {
  return defaultColumns({ columns: [...columns] }, period).map((c) => c.key);
}
