// Returned files taken in without a round (the command line's `collect`): each file's unit and kind from the file
// itself, a later file of a unit superseding its earlier one, and the 汇总表 of the files in force.
import type { Plan } from '../domain/plan';
import type { Round, Submission } from '../domain/round';
import type { Unit } from '../domain/unit-directory';
import { AppError } from '../errors';
import { messageOf } from '../messages.zh-CN';
import { templateOf } from '../templates/kinds';
import { consolidate, type Consolidation } from './consolidate';
import { readReturn, type ReturnReading } from './read-return';
import type { SheetReader } from './read-file';

export interface ReturnedFile {
  fileName: string;
  data: Uint8Array;
  /** When it came in (its last change); a later file of the same unit supersedes an earlier one. */
  receivedAt: string;
}

export interface Collected {
  file: ReturnedFile;
  reading: ReturnReading;
  /** The earlier file of the same unit this one supersedes. */
  supersedes: string | null;
}

export interface Collection {
  submissions: Collected[];
  errors: { file: string; message: string }[];
}

export async function collectFiles(
  files: readonly ReturnedFile[],
  directory: readonly Unit[],
  readSheets?: SheetReader,
): Promise<Collection> {
  const read: Collected[] = [];
  const errors: Collection['errors'] = [];
  for (const file of files) {
    try {
      read.push({
        file,
        reading: await readReturn(file.data, file.fileName, { units: [], directory }, readSheets),
        supersedes: null,
      });
    } catch (e) {
      errors.push({
        file: file.fileName,
        message:
          e instanceof AppError ? messageOf(e.code, e.params) : messageOf('IMPORT_UNREADABLE', { file: file.fileName }),
      });
    }
  }
  const order = read
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.file.receivedAt.localeCompare(b.c.file.receivedAt) || a.i - b.i);
  const latest = new Map<string, Collected>();
  for (const { c } of order) {
    const unit = c.reading.unit ?? c.file.fileName;
    const earlier = latest.get(unit);
    if (earlier) c.supersedes = earlier.file.fileName;
    latest.set(unit, c);
  }
  return { submissions: read, errors };
}

/** The 汇总表 of the files in force (the latest of each unit), in the kind most of them have. */
export function consolidateCollection(c: Collection, now: string): Consolidation | null {
  const superseded = new Set(c.submissions.map((s) => s.supersedes).filter((s): s is string => s !== null));
  const inForce = c.submissions.filter((s) => !superseded.has(s.file.fileName));
  if (inForce.length === 0) return null;
  const kinds = new Map<string, number>();
  for (const s of inForce) kinds.set(s.reading.kind, (kinds.get(s.reading.kind) ?? 0) + 1);
  const kind = inForce.map((s) => s.reading.kind).sort((a, b) => kinds.get(b)! - kinds.get(a)!)[0]!;
  const title = inForce.find((s) => s.reading.kind === kind && s.reading.title)?.reading.title ?? templateOf(kind).name;
  const units = [...new Set(inForce.map((s) => s.reading.unit ?? s.file.fileName))];
  const plan: Plan = {
    id: 'collect',
    kind,
    title,
    issuer: '',
    docNo: '',
    year: Number(now.slice(0, 4)),
    attachmentLabel: '',
    numbering: 'continuous',
    cadence: 'quarter',
    columns: templateOf(kind).columns,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  const round: Round = {
    id: 'collect',
    planId: plan.id,
    title,
    mode: 'table',
    period: null,
    fields: [],
    required: [],
    scope: 'all',
    units,
    dueDate: now.slice(0, 10),
    instructions: '',
    blankRows: 10,
    createdAt: now,
  };
  const subs: Submission[] = inForce.map((s, i) => ({
    id: `s${i}`,
    roundId: round.id,
    unit: s.reading.unit ?? s.file.fileName,
    fileName: s.file.fileName,
    receivedAt: s.file.receivedAt,
    matchedBy: s.reading.matchedBy,
    state: 'accepted',
    rows: s.reading.rows,
    problems: s.reading.problems,
    decidedAt: now,
    reason: '',
    supersedes: s.supersedes,
    late: false,
  }));
  return consolidate(round, plan, [], subs);
}
