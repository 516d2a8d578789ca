// What the history keeps of each kind of thing, read and written through one door: every snapshot is written in
// the current format and read from any earlier one by the upgrades below, so history outlives the schema's changes.
import type { z } from 'zod';
import { derivedPart } from '../../../shared/domain/column-roles';
import { Plan } from '../../../shared/domain/plan';
import { ProgressEntry } from '../../../shared/domain/progress';
import { Unit } from '../../../shared/domain/unit-directory';
import type { Db } from '../store/db';
import type { Entity } from '../store/history';
import { getPlan, putPlan } from '../store/plans';
import { getProgress, putProgress } from '../store/progress';
import { getRowState, putRowState, RowState } from '../store/rows';
import {
  DecisionRecord,
  getDecision,
  getSubmissionSnapshot,
  putDecision,
  putSubmissionSnapshot,
  SubmissionState_,
} from '../store/rounds';
import { deleteUnit, getUnit, putUnit } from '../store/units';
import { UnitGroup } from '../../../shared/domain/unit-groups';
import { deleteGroup, getGroup, putGroup } from '../store/groups';

/**
 * The snapshot format written now. 1: everything written before formats were kept (schema versions 1–7), where a
 * plan may lack 序号 numbering (before v3) and cadence (before v4), and a unit its 联系人 and 电话 (before v7).
 * 2: every field present, and returns, decisions and units kept too (schema versions 10–13); until migration 0013
 * a plan's unit columns had no stored part (牵头/配合), and plans written by 13 were written in format 2 as well.
 * 3: a plan's every unit column carries its part.
 */
export const SNAPSHOT_FORMAT = 3;

type Json = Record<string, unknown>;

/** From each format to the next: what a snapshot of that format lacks, filled in as the app then behaved. */
const UPGRADES: Record<number, (entity: Entity, value: Json) => Json> = {
  1: (entity, value) => {
    if (entity === 'plan') return { numbering: 'continuous', cadence: 'quarter', ...value };
    if (entity === 'unit') return { contact: '', phone: '', ...value };
    return value;
  },
  // A plan put back as it was before 0013 would lose the parts 0013 stored, and a column renamed afterwards in 列设置
  // (配合处室 → 协同单位) would turn from 配合 to 牵头: its parts are given as 0013 gave them, by the same rule.
  2: (entity, value) => {
    if (entity !== 'plan' || !Array.isArray(value.columns)) return value;
    const columns = (value.columns as Json[]).map((c) =>
      c.role === 'unit' && c.part === undefined
        ? { ...c, part: derivedPart({ key: String(c.key), label: String(c.label) }) }
        : c,
    );
    return { ...value, columns };
  },
};

interface EntityStore<T> {
  schema: z.ZodType<T>;
  read(db: Db, id: string): T | undefined;
  write(db: Db, planId: string, id: string, value: T | null): void;
}

const row: EntityStore<RowState> = {
  schema: RowState,
  read: getRowState,
  write: (db, _planId, id, v) => putRowState(db, id, v),
};

const plan: EntityStore<Plan> = {
  schema: Plan,
  read: getPlan,
  // A plan is never taken out of existence by undo: its creation is not an action of its history.
  write: (db, _planId, _id, v) => v && putPlan(db, v),
};

const progress: EntityStore<ProgressEntry> = {
  schema: ProgressEntry,
  read: (db, id) => getProgress(db, ...splitProgressId(id)),
  write: (db, planId, id, v) => putProgress(db, planId, ...splitProgressId(id), v),
};

const submission: EntityStore<z.infer<typeof SubmissionState_>> = {
  schema: SubmissionState_,
  read: getSubmissionSnapshot,
  // A file received stays on record: only its state goes back and forth.
  write: (db, _planId, id, v) => v && putSubmissionSnapshot(db, id, v),
};

const decision: EntityStore<DecisionRecord> = {
  schema: DecisionRecord,
  read: (db, id) => getDecision(db, Number(id)),
  write: (db, _planId, id, v) => putDecision(db, Number(id), v),
};

const unit: EntityStore<Unit> = {
  schema: Unit,
  read: getUnit,
  write: (db, _planId, id, v) => (v ? putUnit(db, v) : deleteUnit(db, id)),
};

const group: EntityStore<UnitGroup> = {
  schema: UnitGroup,
  read: getGroup,
  write: (db, _planId, id, v) => (v ? putGroup(db, v) : void deleteGroup(db, id)),
};

export const STORES: { [E in Entity]: EntityStore<unknown> } = {
  row,
  plan,
  progress,
  submission,
  decision,
  unit,
  group,
} as { [E in Entity]: EntityStore<unknown> };

/** The history names a progress entry by its row and period. */
export function progressId(rowId: string, period: string): string {
  return `${rowId}|${period}`;
}

export function splitProgressId(id: string): [string, string] {
  const at = id.lastIndexOf('|');
  return [id.slice(0, at), id.slice(at + 1)];
}

export function encodeSnapshot(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Reads a snapshot written in any format up to the current one; a newer or broken one is refused by its schema. */
export function decodeSnapshot(entity: Entity, format: number, text: string | null): unknown {
  if (text === null) return null;
  let value = JSON.parse(text) as Json;
  for (let f = format; f < SNAPSHOT_FORMAT; f++) value = UPGRADES[f]!(entity, value);
  return STORES[entity].schema.parse(value);
}
