// Seed 004 as a Word document, the way its 附件 lists come: the notice's text as paragraphs, 附件1's 专项工作组 as
// paragraphs, and 附件2's 联系单位名单 either as paragraphs (as the seed's text has it) or as a table with merged cells.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { c, docx, p, table, type Cell } from '../e2e/support/word-document';
import { SEED_DOCUMENTS_DIR } from './fixtures';

export const SEED_004_TEXT = readFileSync(
  join(
    SEED_DOCUMENTS_DIR,
    readdirSync(SEED_DOCUMENTS_DIR).find((f) => f.startsWith('004_'))!,
  ),
  'utf8',
);

const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^- /, '').trim())
    .filter(Boolean)
    .map((l) => p(l))
    .join('');

/** The contact groups of 附件2 as a table: 组别 | 组长 | 副组长 | 联系单位, a group's units one per row (组别 merged down). */
function contactTable(text: string): string {
  const rows: Cell[][] = [[c('组别'), c('组 长'), c('副组长'), c('联系单位')]];
  for (const block of text.split(/(?=第[一二三四五六七八九十]+组：)/).slice(1)) {
    const name = /^(第[一二三四五六七八九十]+组)/.exec(block)![1]!;
    const leader = /组\s*长：(\S+)/.exec(block)?.[1] ?? '';
    const deputy = /副组长：(\S+)/.exec(block)?.[1] ?? '';
    const units = (/联系单位：(.+)/.exec(block)?.[1] ?? '').split('、').filter(Boolean);
    units.forEach((u, i) =>
      rows.push(
        i === 0
          ? [{ lines: [name], vMerge: 'restart' }, c(leader), c(deputy), c(u)]
          : [{ lines: [], vMerge: 'continue' }, c(), c(), c(u)],
      ),
    );
  }
  return table(rows);
}

/** The whole seed as a .docx; `contactAsTable` writes 附件2's list as a table. */
export function seed004Document(contactAsTable: boolean): Uint8Array {
  const at = SEED_004_TEXT.indexOf('附件 2');
  const before = SEED_004_TEXT.slice(0, at);
  const second = SEED_004_TEXT.slice(at);
  if (!contactAsTable) return docx(paragraphs(before) + paragraphs(second));
  const head = second.slice(0, second.indexOf('第一组'));
  return docx(paragraphs(before) + paragraphs(head) + contactTable(second));
}
