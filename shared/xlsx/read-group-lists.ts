// A notice's 附件 lists of groups as a Word document holds them: paragraphs (第一组： / 组 长：魏天山 / 联系单位：…) or
// tables with a header (组别 | 组长 | 副组长 | 联系单位, or 工作组 | 组长 | 责任科室 | 职责), read into groups.
import { parseGroupLists, type UnitGroupDraft } from '../domain/unit-groups';
import type { DocumentBlock } from './read-docx';

const HEADER_ROWS = 3;
const NUMERALS = '一二三四五六七八九十';

type Role = 'name' | 'leader' | 'deputy' | 'units' | 'offices' | 'duty';
const ROLES: [Role, RegExp][] = [
  ['deputy', /^副\s*组\s*长/],
  ['leader', /^组\s*长/],
  ['units', /联系单位|联系县|联系机构/],
  ['offices', /责任科室|责任处室|成员科室/],
  ['duty', /职责|工作内容|任务|牵头负责/],
  ['name', /^(组别|分组|组名|小组|工作组|专项工作组|名称|联系组)$/],
];

/** The groups in a document's paragraphs and tables, in the order they come. */
export function groupsFromDocument(blocks: readonly DocumentBlock[]): UnitGroupDraft[] {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') lines.push(b.text);
    else lines.push(...tableLines(b.cells));
  }
  return parseGroupLists(lines.join('\n'));
}

/** A table of groups written as the lines the list reader knows; a table without such a header gives its cells as lines. */
export function tableLines(cells: readonly string[][]): string[] {
  for (let r = 0; r < Math.min(HEADER_ROWS, cells.length); r++) {
    const roles = rolesOf(cells[r]!);
    if (roles.has('leader') && (roles.has('units') || roles.has('offices'))) return rowLines(cells.slice(r + 1), roles);
  }
  return cells.flatMap((row) => row.filter((c) => c.trim() !== ''));
}

function rolesOf(header: readonly string[]): Map<Role, number> {
  const roles = new Map<Role, number>();
  header.forEach((text, col) => {
    const t = text.replace(/\s/g, '');
    const role = ROLES.find(([, re]) => re.test(t))?.[0];
    if (role && !roles.has(role)) roles.set(role, col);
  });
  if (!roles.has('name')) roles.set('name', 0);
  return roles;
}

/** Each row a group (组长：…，联系单位：…); a row with no name of its own goes on with the group above it (merged cells). */
function rowLines(rows: readonly string[][], roles: Map<Role, number>): string[] {
  const contact = roles.has('units');
  const at = (row: readonly string[], role: Role) => {
    const col = roles.get(role);
    return col === undefined ? '' : (row[col] ?? '').replace(/\s*\n\s*/g, '、').trim();
  };
  const lines: string[] = [];
  let n = 0;
  for (const row of rows) {
    const list = at(row, contact ? 'units' : 'offices');
    const name = at(row, 'name');
    const field = contact ? '联系单位' : '责任科室';
    if (name === '') {
      if (list !== '') lines.push(`${field}：${list}`);
      continue;
    }
    n++;
    const people = [
      at(row, 'leader') && `组长：${at(row, 'leader')}`,
      at(row, 'deputy') && `副组长：${at(row, 'deputy')}`,
    ];
    const duty = contact ? '' : at(row, 'duty');
    lines.push(
      [headOf(name, n, contact), ...people, list && `${field}：${list}${duty ? `，${duty}` : ''}`]
        .filter(Boolean)
        .join(' '),
    );
  }
  return lines;
}

/** 第一组 or 一、中医药管理组 as the list reader expects a group to begin. */
function headOf(name: string, n: number, contact: boolean): string {
  if (contact) return /^第[一二三四五六七八九十]+组/.test(name) ? name : `第${numeral(n)}组`;
  return /^[一二三四五六七八九十]+\s*[、.．]/.test(name)
    ? name
    : `${numeral(n)}、${name.replace(/^\d+\s*[、.．]?\s*/, '')}`;
}

/** 1 → 一, 12 → 十二, 20 → 二十 (groups are never a hundred). */
function numeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? NUMERALS[tens - 1] : ''}十${ones ? NUMERALS[ones - 1] : ''}`;
}
