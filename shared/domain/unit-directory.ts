// The directory of units (单位名录): the office's own 处室/科室 and its subordinate units, with short and other
// names (医政处 and 医政医管处 are one), and their leaders; names in tables are matched against it.
import { z } from 'zod';
import { isCollective } from './unit-categories';

export const UnitKind = z.enum(['office', 'subordinate']);
export type UnitKind = z.infer<typeof UnitKind>;

export const UNIT_KIND_NAMES: Record<UnitKind, string> = { office: '内设处室/科室', subordinate: '下属单位' };

export const Unit = z.object({
  id: z.string(),
  name: z.string().trim().min(1).max(60),
  shortName: z.string().trim().max(30),
  aliases: z.array(z.string().trim().min(1).max(60)).max(20),
  kind: UnitKind,
  /** 分管领导 / 责任领导 */
  leader: z.string().trim().max(30),
  /** 联系人 and 电话: who to call when the unit's return is missing. */
  contact: z.string().trim().max(30).default(''),
  phone: z.string().trim().max(40).default(''),
});
export type Unit = z.infer<typeof Unit>;

export const UnitDraft = Unit.extend({ id: z.string().optional() });
export type UnitDraft = z.infer<typeof UnitDraft>;

function key(s: string): string {
  return s.replace(/[\s\u3000]/g, '');
}

/** A unit's 联系人 and 电话 as one line (张三 13800000000), found under any of its names; '' when none is kept. */
export function contactLine(directory: readonly Unit[], name: string): string {
  const u = matchUnit(directory, name);
  return u ? [u.contact, u.phone].filter(Boolean).join(' ') : '';
}

/** The unit a name in a table means: its full name, short name or another name, spaces ignored. */
export function matchUnit(directory: readonly Unit[], name: string): Unit | undefined {
  const k = key(name);
  if (k === '') return undefined;
  return indexOf(directory).get(k);
}

/** Each directory's names (full, short, other), spaces removed, to their unit: the first unit that has one wins. */
const indexes = new WeakMap<readonly Unit[], { size: number; index: Map<string, Unit> }>();

/**
 * The index of a directory, built once per directory array (a changed directory is a new array; one grown in place is
 * indexed again): a plan's 10,000 rows are read through it without going over every unit for every name.
 */
function indexOf(directory: readonly Unit[]): Map<string, Unit> {
  const kept = indexes.get(directory);
  if (kept?.size === directory.length) return kept.index;
  const index = new Map<string, Unit>();
  for (const u of directory) {
    for (const n of [u.name, u.shortName, ...u.aliases]) {
      const k = key(n);
      if (k !== '' && !index.has(k)) index.set(k, u);
    }
  }
  indexes.set(directory, { size: directory.length, index });
  return index;
}

/** The directory's name for a name as written, or the name itself when the directory does not know it. */
export function canonicalUnit(directory: readonly Unit[], name: string): string {
  return matchUnit(directory, name)?.name ?? name;
}

/** Names the directory does not know, in the order first met, each once; collective words (各科室) are not units. */
export function unknownUnits(directory: readonly Unit[], names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const n of names) if (!matchUnit(directory, n) && !isCollective(n) && !out.includes(n)) out.push(n);
  return out;
}

/** Suggestions for what is being typed in a unit cell: names that start with it first, then names that hold it. */
export function suggestUnits(directory: readonly Unit[], typed: string, limit = 8): Unit[] {
  const t = key(typed);
  if (t === '') return directory.slice(0, limit);
  const names = (u: Unit) => [u.name, u.shortName, ...u.aliases].filter(Boolean).map(key);
  const starts = directory.filter((u) => names(u).some((n) => n.startsWith(t)));
  const holds = directory.filter((u) => !starts.includes(u) && names(u).some((n) => n.includes(t)));
  return [...starts, ...holds].slice(0, limit);
}

/** One suggestion in a unit cell: a unit of the directory, or a name only this plan uses. */
export interface UnitSuggestion {
  key: string;
  name: string;
  shortName: string;
  /** Every name it goes by: a name typed whole is not offered over itself. */
  names: string[];
  /** Not in the 单位名录: a name used in this plan's unit cells. */
  planOnly: boolean;
}

/**
 * Suggestions for a unit cell: the directory's units first (by name, short name or other name), then the names this
 * plan's unit cells use that the directory does not know; starting with what is typed before holding it.
 */
export function suggestUnitNames(
  directory: readonly Unit[],
  planNames: readonly string[],
  typed: string,
  limit = 8,
): UnitSuggestion[] {
  const units = suggestUnits(directory, typed, limit).map((u) => ({
    key: `unit:${u.id}`,
    name: u.name,
    shortName: u.shortName,
    names: [u.name, u.shortName, ...u.aliases].filter(Boolean),
    planOnly: false,
  }));
  const t = key(typed);
  const others = unknownUnits(directory, planNames);
  const starts = others.filter((n) => key(n).startsWith(t));
  const holds = others.filter((n) => !starts.includes(n) && key(n).includes(t));
  const plan = [...starts, ...holds].map((n) => ({
    key: `plan:${n}`,
    name: n,
    shortName: '',
    names: [n],
    planOnly: true,
  }));
  return [...units, ...plan].slice(0, limit);
}

/** What a name added in one click most likely is: 处、科、室、办 are offices of the bureau, others its units. */
export function guessUnitKind(name: string): UnitKind {
  return /[处科室办]$/.test(name.trim()) ? 'office' : 'subordinate';
}
