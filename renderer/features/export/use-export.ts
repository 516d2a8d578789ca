// Exporting the open plan: the options the user picks, then the file saved through a download.
import { useState } from 'react';
import type { ExportOptionsInput } from '../../../shared/domain/export';
import { errorText, invoke } from '../../app/api-client';
import { DOCX_TYPE, downloadBase64, XLSX_TYPE } from '../../app/download';

export interface ExportForm {
  /** An Excel workbook, or a Word document to attach to a notice. */
  format: 'xlsx' | 'docx';
  scope: 'all' | 'filtered';
  attachmentLabel: string;
  withReportLines: boolean;
  unit: string;
  date: string;
  titleFont: 'fzxbs' | 'songti';
  titleSize: number;
  headerSize: number;
  bodySize: number;
  orientation: 'landscape' | 'portrait';
  notes: string;
  /** The period whose progress goes in as columns, or '' for none. */
  progressPeriod: string;
}

export function defaultExportForm(attachmentLabel: string): ExportForm {
  return {
    format: 'xlsx',
    scope: 'all',
    attachmentLabel,
    withReportLines: false,
    unit: '',
    date: '    年  月  日',
    titleFont: 'fzxbs',
    titleSize: 20,
    headerSize: 12,
    bodySize: 12,
    orientation: 'landscape',
    notes: '',
    progressPeriod: '',
  };
}

export function toOptions(f: ExportForm, filteredRowIds: string[] | null): ExportOptionsInput {
  return {
    attachmentLabel: f.attachmentLabel.trim(),
    ...(f.withReportLines ? { reportLines: { unit: f.unit.trim(), date: f.date } } : {}),
    titleFont: f.titleFont,
    titleSize: f.titleSize,
    headerSize: f.headerSize,
    bodySize: f.bodySize,
    orientation: f.orientation,
    ...(f.scope === 'filtered' && filteredRowIds ? { rowIds: filteredRowIds } : {}),
    notes: f.notes.split('\n').map((l) => l.trim()).filter((l) => l !== ''),
    ...(f.progressPeriod ? { progressPeriod: f.progressPeriod } : {}),
  };
}

export function useExport(planId: string, filteredRowIds: string[] | null, onDone: (text: string) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (form: ExportForm) => {
    setBusy(true);
    setError(null);
    try {
      const input = { planId, options: toOptions(form, filteredRowIds) };
      const out = form.format === 'docx' ? await invoke('export.docx', input) : await invoke('export.xlsx', input);
      downloadBase64(out.fileName, out.data, form.format === 'docx' ? DOCX_TYPE : XLSX_TYPE);
      onDone(`已导出「${out.fileName}」，共 ${out.items} 项。`);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
