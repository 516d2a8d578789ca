// Exporting the open plan: the options the user picks (paper, columns and 字号 remembered per plan), whether the
// table fits the paper at 小五 or more (asked before writing), then the file saved through a download.
import { useEffect, useState } from 'react';
import type { ExportOptionsInput, FitCheck } from '../../../shared/domain/export';
import type { OutputLayout } from '../../../shared/domain/paper';
import type { ColumnDef } from '../../../shared/domain/plan';
import { errorText, invoke } from '../../app/api-client';
import { DOCX_TYPE, downloadBytes, XLSX_TYPE } from '../../app/download';

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
  paper: 'A4' | 'A3';
  orientation: 'landscape' | 'portrait';
  /** The plan columns to export, by key, in order. */
  columns: string[];
  notes: string;
  /** The period whose progress goes in as columns, or '' for none. */
  progressPeriod: string;
}

/** Offices' defaults: title 二号, header and body 小四, A4 横向, the visible columns. */
export function defaultExportForm(attachmentLabel: string, columns: readonly ColumnDef[]): ExportForm {
  return {
    format: 'xlsx',
    scope: 'all',
    attachmentLabel,
    withReportLines: false,
    unit: '',
    date: '    年  月  日',
    titleFont: 'fzxbs',
    titleSize: 22,
    headerSize: 12,
    bodySize: 12,
    paper: 'A4',
    orientation: 'landscape',
    columns: columns.filter((c) => !c.hidden).map((c) => c.key),
    notes: '',
    progressPeriod: '',
  };
}

/** The form with the layout last used for this plan's export. */
export function withLayout(f: ExportForm, l: OutputLayout, columns: readonly ColumnDef[]): ExportForm {
  const known = new Set(columns.map((c) => c.key));
  return {
    ...f,
    paper: l.paper,
    orientation: l.orientation,
    bodySize: l.bodySize,
    ...(l.titleSize ? { titleSize: l.titleSize } : {}),
    ...(l.headerSize ? { headerSize: l.headerSize } : {}),
    ...(l.columns ? { columns: l.columns.filter((k) => known.has(k)) } : {}),
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
    paper: f.paper,
    orientation: f.orientation,
    columns: f.columns,
    ...(f.scope === 'filtered' && filteredRowIds ? { rowIds: filteredRowIds } : {}),
    notes: f.notes
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
    ...(f.progressPeriod ? { progressPeriod: f.progressPeriod } : {}),
  };
}

/** The layout this plan's export was last given, applied to the form once it has come. */
export function useRememberedLayout(
  planId: string,
  columns: readonly ColumnDef[],
  apply: (f: (form: ExportForm) => ExportForm) => void,
): void {
  useEffect(() => {
    let live = true;
    invoke('layouts.get', { planId, output: 'export' }).then(
      (l) => {
        if (live && l) apply((f) => withLayout(f, l, columns));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [planId, columns, apply]);
}

/** Whether the form's table fits its paper at 小五 or more, asked again whenever the form changes. */
export function useFitCheck(planId: string, form: ExportForm, filteredRowIds: string[] | null): FitCheck | null {
  const [fit, setFit] = useState<FitCheck | null>(null);
  const key = JSON.stringify(toOptions(form, filteredRowIds));
  useEffect(() => {
    let live = true;
    invoke('export.check', { planId, options: JSON.parse(key) as ExportOptionsInput }).then(
      (f) => {
        if (live) setFit(f);
      },
      () => {
        if (live) setFit(null);
      },
    );
    return () => {
      live = false;
    };
  }, [planId, key]);
  return fit;
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
      downloadBytes(out.fileName, out.data, form.format === 'docx' ? DOCX_TYPE : XLSX_TYPE);
      const warned =
        out.warnings && out.warnings.length > 0
          ? `注意：${out.warnings.slice(0, 3).join(' ')}${out.warnings.length > 3 ? ` 等 ${out.warnings.length} 处` : ''}`
          : '';
      onDone(`已导出「${out.fileName}」，共 ${out.items} 项。${warned}`);
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
