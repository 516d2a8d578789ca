// 导出: as an Excel workbook or a Word document, what to export and how the official table should look.
import { useState } from 'react';
import { Dialog } from '../../app/Dialog';
import { periodName } from '../../../shared/domain/progress';
import { defaultExportForm, useExport, type ExportForm } from './use-export';

export interface ExportDialogProps {
  planId: string;
  attachmentLabel: string;
  itemCount: number;
  /** The rows the filter shows, or null when no filter is on. */
  filtered: { ids: string[]; items: number } | null;
  /** The periods progress can be exported for, and the one in view. */
  periods: string[];
  period: string;
  onDone: (text: string) => void;
  onClose: () => void;
}

export function ExportDialog({ planId, attachmentLabel, itemCount, filtered, periods, period, onDone, onClose }: ExportDialogProps) {
  const [form, setForm] = useState<ExportForm>(() => ({ ...defaultExportForm(attachmentLabel), scope: filtered ? 'filtered' : 'all' }));
  const exp = useExport(planId, filtered?.ids ?? null, onDone);
  const set = <K extends keyof ExportForm>(k: K, v: ExportForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const size = (k: 'titleSize' | 'headerSize' | 'bodySize', label: string) => (
    <label className="pd-inline">
      {label}
      <input aria-label={`${label}字号`} type="number" min={8} max={36} value={form[k]} onChange={(e) => set(k, Number(e.target.value) || 12)} />
    </label>
  );
  return (
    <Dialog
      title="导出"
      confirmLabel={exp.busy ? '正在导出…' : '导出'}
      confirmDisabled={exp.busy}
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
          <input type="radio" name="scope" disabled={!filtered} checked={form.scope === 'filtered'} onChange={() => set('scope', 'filtered')} />
          仅筛选出的行{filtered ? `（${filtered.items} 项）` : '（未筛选）'}
        </label>
      </fieldset>
      <label className="pd-field">
        <span>附件标注</span>
        <input aria-label="附件标注" value={form.attachmentLabel} maxLength={20} placeholder="如：附件1（可不填）" onChange={(e) => set('attachmentLabel', e.target.value)} />
      </label>
      <label className="pd-inline">
        <input type="checkbox" checked={form.withReportLines} onChange={(e) => set('withReportLines', e.target.checked)} />
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
          <select aria-label="标题字体" value={form.titleFont} onChange={(e) => set('titleFont', e.target.value === 'songti' ? 'songti' : 'fzxbs')}>
            <option value="fzxbs">方正小标宋简体</option>
            <option value="songti">宋体（加粗）</option>
          </select>
        </label>
        <div className="pd-inline-group">
          {size('titleSize', '标题')}
          {size('headerSize', '表头')}
          {size('bodySize', '正文')}
        </div>
        <label className="pd-inline">
          纸张
          <select aria-label="纸张方向" value={form.orientation} onChange={(e) => set('orientation', e.target.value === 'portrait' ? 'portrait' : 'landscape')}>
            <option value="landscape">A4 横向</option>
            <option value="portrait">A4 纵向</option>
          </select>
        </label>
      </fieldset>
      <label className="pd-inline">
        <input type="checkbox" checked={form.progressPeriod !== ''} onChange={(e) => set('progressPeriod', e.target.checked ? period : '')} />
        加上进展列（状态、进展情况、存在问题、下步打算）
        {form.progressPeriod !== '' && (
          <select aria-label="导出哪一期的进展" value={form.progressPeriod} onChange={(e) => set('progressPeriod', e.target.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>{periodName(p)}</option>
            ))}
          </select>
        )}
      </label>
      <label className="pd-field">
        <span>表下注释</span>
        <textarea aria-label="表下注释" rows={2} value={form.notes} placeholder="如：注：请于每月3日前报送。（每行一条，可不填）" onChange={(e) => set('notes', e.target.value)} />
      </label>
    </Dialog>
  );
}
