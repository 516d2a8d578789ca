// The year (年度) of an imported plan, and where it came from: the title (2023年), the 文号 (〔2023〕), the date
// written under the table, or — a guess the clerk must confirm — the file's own date or this year.
import { z } from 'zod';

export const YearSource = z.enum(['title', 'docNo', 'reportDate', 'fileDate', 'today']);
export type YearSource = z.infer<typeof YearSource>;

export const YEAR_SOURCE_NAMES: Record<YearSource, string> = {
  title: '标题',
  docNo: '文号',
  reportDate: '表中填报时间',
  fileDate: '文件的修改日期',
  today: '今年',
};

export const ImportYear = z.object({
  year: z.number().int(),
  source: YearSource,
  /** The text it was read from (2023年, 〔2023〕, 2023-05-10). */
  text: z.string(),
  /** False for a guess (the file's date, this year): the clerk confirms it before the import. */
  sure: z.boolean(),
});
export type ImportYear = z.infer<typeof ImportYear>;

interface Readable {
  title: string;
  meta: { docNo?: string | undefined; reportDate?: string | undefined };
}

/** The year a file states, else a guess from its date (YYYY-MM-DD) or today (an ISO time). */
export function yearOfImport(result: Readable, today: string, fileDate?: string): ImportYear {
  const title = /(20\d{2})\s*年/.exec(result.title);
  if (title) return { year: Number(title[1]), source: 'title', text: title[0], sure: true };
  const docNo = /[〔[（(](20\d{2})[〕\]）)]/.exec(result.meta.docNo ?? '');
  if (docNo) return { year: Number(docNo[1]), source: 'docNo', text: docNo[0], sure: true };
  const report = /^(20\d{2})/.exec(result.meta.reportDate ?? '');
  if (report) return { year: Number(report[1]), source: 'reportDate', text: result.meta.reportDate!, sure: true };
  if (fileDate && /^20\d{2}-/.test(fileDate))
    return { year: Number(fileDate.slice(0, 4)), source: 'fileDate', text: fileDate, sure: false };
  return { year: Number(today.slice(0, 4)), source: 'today', text: today.slice(0, 4), sure: false };
}
