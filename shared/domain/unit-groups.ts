// Groups of the 单位名录: the leaders' contact groups (第一组: 组长, 副组长, 联系单位) and the 专项工作组 (组长,
// 副组长, 责任科室, what they lead), read from the lists notices carry as their 附件 (seed 004's 附件1 and 附件2).
import { z } from 'zod';
import { splitUnits } from './units';
import { matchUnit, type Unit } from './unit-directory';

/** contact: 联系单位 groups (定点联系); work: 专项工作组. */
export const GroupKind = z.enum(['contact', 'work']);
export type GroupKind = z.infer<typeof GroupKind>;

export const GROUP_KIND_NAMES: Record<GroupKind, string> = { contact: '联系单位分组', work: '专项工作组' };

export const UnitGroupDraft = z.object({
  kind: GroupKind,
  name: z.string().trim().min(1).max(60),
  leader: z.string().trim().max(30).default(''),
  deputy: z.string().trim().max(30).default(''),
  /** 联系单位 (contact groups). */
  units: z.array(z.string().trim().min(1).max(60)).max(200).default([]),
  /** 责任科室 (work groups). */
  offices: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  /** What the group leads (牵头负责…), as written. */
  duty: z.string().max(2000).default(''),
});
export type UnitGroupDraft = z.infer<typeof UnitGroupDraft>;

export const UnitGroup = UnitGroupDraft.extend({ id: z.string() });
export type UnitGroup = z.infer<typeof UnitGroup>;

const CONTACT_HEAD = /^第([一二三四五六七八九十]+)组\s*[:：]?\s*(.*)$/;
const WORK_HEAD = /^[一二三四五六七八九十]+\s*[、.．]\s*([^\s，,：:。]{2,30}组)\s*(.*)$/;
const FIELD = /(副\s*组\s*长|组\s*长|联系单位|责任科室)\s*[:：]\s*/g;
/** 附件 2, 附件2：… : the next 附件 begins, and no group runs on into it. */
const ATTACHMENT_HEAD = /^附\s*件\s*\d+\s*[:：]?\s*$/;

/** The groups in the text of a notice's 附件 lists; lines outside a group (the 领导小组's members) are passed over. */
export function parseGroupLists(text: string): UnitGroupDraft[] {
  const groups: UnitGroupDraft[] = [];
  let current: UnitGroupDraft | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^[\s\u3000\-–•·]+/, '').trim();
    if (line === '') continue;
    if (ATTACHMENT_HEAD.test(line)) {
      current = null;
      continue;
    }
    const contact = CONTACT_HEAD.exec(line);
    const work = contact ? null : WORK_HEAD.exec(line);
    if (contact || work) {
      current = {
        kind: contact ? 'contact' : 'work',
        name: contact ? `第${contact[1]}组` : work![1]!,
        leader: '',
        deputy: '',
        units: [],
        offices: [],
        duty: '',
      };
      groups.push(current);
      readFields(current, (contact ? contact[2] : work![2]) ?? '');
      continue;
    }
    if (current) readFields(current, line);
  }
  return groups;
}

/** Reads 组长：…，副组长：…，联系单位：…、…，责任科室：…，牵头负责… into the group. */
function readFields(g: UnitGroupDraft, line: string): void {
  const marks = [...line.matchAll(FIELD)];
  if (marks.length === 0) {
    if (g.kind === 'work' && line !== '') g.duty = joinDuty(g.duty, line);
    return;
  }
  marks.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = marks[i + 1]?.index ?? line.length;
    const key = m[1]!.replace(/\s/g, '');
    const value = line.slice(start, end);
    if (key === '组长' || key === '副组长') {
      const person = value.split(/[，,。；;\s\u3000]/)[0]!.trim();
      if (key === '组长') g.leader = person;
      else g.deputy = person;
      return;
    }
    // A list runs to the first 「，」 or 「。」; what follows (牵头负责…) is the group's duty.
    const cut = /[，,。；;]/.exec(value);
    const list = splitUnits(cut ? value.slice(0, cut.index) : value);
    if (key === '联系单位') g.units.push(...list);
    else g.offices.push(...list);
    const rest = cut ? value.slice(cut.index + 1).trim() : '';
    if (rest !== '' && g.kind === 'work') g.duty = joinDuty(g.duty, rest);
  });
}

function joinDuty(a: string, b: string): string {
  return `${a}${b}`.slice(0, 2000);
}

/** The contact group a unit belongs to (its name matched through the 单位名录: 市人民医院 = 聊城市人民医院). */
export function contactGroupOf(
  groups: readonly UnitGroup[],
  directory: readonly Unit[],
  unit: string,
): UnitGroup | undefined {
  const key = identity(directory, unit);
  return groups.find((g) => g.kind === 'contact' && g.units.some((u) => identity(directory, u) === key));
}

function identity(directory: readonly Unit[], name: string): string {
  return matchUnit(directory, name)?.name ?? name.replace(/[\s\u3000]/g, '');
}

/** 第一组（组长魏天山、副组长刘庆华） as a heading says it. */
export function groupLabel(g: Pick<UnitGroup, 'name' | 'leader' | 'deputy'>): string {
  const people = [g.leader && `组长${g.leader}`, g.deputy && `副组长${g.deputy}`].filter(Boolean).join('、');
  return people ? `${g.name}（${people}）` : g.name;
}

/** 催报 per group: for each contact group, its units among `owing`, under the group's label; others at the end. */
export function chaseByGroup(
  owing: readonly string[],
  groups: readonly UnitGroup[],
  directory: readonly Unit[],
): { group: string; units: string[] }[] {
  const out = new Map<string, string[]>();
  for (const unit of owing) {
    const g = contactGroupOf(groups, directory, unit);
    const label = g ? groupLabel(g) : '未分组';
    out.set(label, [...(out.get(label) ?? []), unit]);
  }
  const order = [...groups.filter((g) => g.kind === 'contact').map(groupLabel), '未分组'];
  return [...out].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([group, units]) => ({ group, units }));
}

/** 催报 text grouped by contact group, for each group leader to chase his units: one paragraph per group. */
export function chaseTextByGroup(
  title: string,
  due: string,
  owing: readonly string[],
  groups: readonly UnitGroup[],
  directory: readonly Unit[],
): string {
  if (owing.length === 0) return '';
  const lines = [`关于报送《${title}》的提醒（按联系分组）：`];
  for (const g of chaseByGroup(owing, groups, directory))
    lines.push(`${g.group}：${g.units.join('、')}尚未报送（截止${due}），请督促报送。`);
  return lines.join('\n');
}

/** The 联系单位 of the contact groups that the 单位名录 does not know (to be added to it, or a name to correct). */
export function unknownGroupUnits(groups: readonly UnitGroupDraft[], directory: readonly Unit[]): string[] {
  const names = groups.filter((g) => g.kind === 'contact').flatMap((g) => g.units);
  return [...new Set(names.filter((n) => !matchUnit(directory, n)))];
}

/** Who belongs to a group: a contact group's 联系单位, a work group's 责任科室. */
export function membersOf(g: Pick<UnitGroup, 'kind' | 'units' | 'offices'>): string[] {
  return g.kind === 'contact' ? g.units : g.offices;
}

/** Whether a unit (by any of its names in the 单位名录) belongs to the group. */
export function inGroup(g: UnitGroup, directory: readonly Unit[], unit: string): boolean {
  const key = identity(directory, unit);
  return membersOf(g).some((m) => identity(directory, m) === key);
}

/** Items under the groups of one kind, in the groups' order; those in none at the end, under 未分组. */
export function arrangeByGroup<T>(
  items: readonly T[],
  unitOf: (item: T) => string,
  groups: readonly UnitGroup[],
  directory: readonly Unit[],
  kind: GroupKind,
): { group: UnitGroup | null; label: string; items: T[] }[] {
  const ofKind = groups.filter((g) => g.kind === kind);
  const out = ofKind.map((g) => ({ group: g as UnitGroup | null, label: groupLabel(g), items: [] as T[] }));
  const rest: T[] = [];
  for (const item of items) {
    const at = ofKind.findIndex((g) => inGroup(g, directory, unitOf(item)));
    if (at >= 0) out[at]!.items.push(item);
    else rest.push(item);
  }
  if (rest.length > 0) out.push({ group: null, label: '未分组', items: rest });
  return out.filter((x) => x.items.length > 0);
}

/** 催报 per contact group, one text for each group's 组长 naming the units of the group that still owe their return. */
export function chaseTextsByGroup(
  title: string,
  due: string,
  owing: readonly string[],
  groups: readonly UnitGroup[],
  directory: readonly Unit[],
): { group: string; leader: string; units: string[]; text: string }[] {
  return arrangeByGroup(owing, (u) => u, groups, directory, 'contact').map(({ group, label, items }) => ({
    group: label,
    leader: group?.leader ?? '',
    units: items,
    text: group
      ? `${group.leader ? `${group.leader}同志：` : ''}您联系的${group.name}中，${items.join('、')}尚未报送《${title}》（截止${due}），请督促尽快报送。`
      : `${items.join('、')}尚未报送《${title}》（截止${due}），不在任何联系分组，请直接督促报送。`,
  }));
}
