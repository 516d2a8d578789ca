// A file sent for 备案 (an 实施方案 as .docx, .pdf, .xlsx or anything else): it is kept as received, never opened;
// whose it is comes from its name (莘县实施方案.pdf), else the clerk says.
import type { PlanKind } from '../domain/plan';
import { unitInFileName, type ReturnExpectation, type ReturnReading } from './read-return';

/** The reading of a 备案 file: no rows, no problems; the unit from the file name when it names one. */
export function readFiling(fileName: string, kind: PlanKind, expect: ReturnExpectation): ReturnReading {
  const unit = unitInFileName(expect, fileName);
  return {
    fileName,
    marker: { found: false },
    unit,
    matchedBy: unit ? 'fileName' : null,
    kind,
    title: fileName.replace(/\.[^.]+$/, ''),
    rows: [],
    missingColumns: [],
    problems: [],
    table: {
      fileName,
      sheets: [],
      sheet: '',
      headerStart: 0,
      headerEnd: 0,
      kind,
      title: '',
      meta: {},
      columns: [],
      rows: [],
      notes: [],
      warnings: [],
      shape: '',
    },
  };
}
