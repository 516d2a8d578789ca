// The one contract between the UI and the host: method name -> input schema, output schema.
import { z } from 'zod';
import { ErrorPayload } from './errors';
import { ImportOptions, ImportPreview, ImportTarget } from './domain/import';
import { ExportOptions, FitCheck } from './domain/export';
import { OutputKind, OutputLayout } from './domain/paper';
import { Period, ProgressEntry, ProgressStatus } from './domain/progress';
import { Unit, UnitDraft, UnitKind } from './domain/unit-directory';
import { NothingAnswer, Review, Round, RoundDraft, RoundView, SubmissionSummary } from './domain/round';
import { MenuCommand } from './menu-commands';
import { MAX_BODY_BYTES } from './file-limits';
import { bytes } from './bytes';
import { TimelinessBoard } from './domain/recurrence';
import { Ranking } from './domain/scores';
import { UnitGroup, UnitGroupDraft } from './domain/unit-groups';
import { ProblemDraft } from './domain/rectification';
import { HISTORY_LIMIT, HistoryEntry } from './domain/history';
import {
  ColumnDef,
  ColumnKey,
  PlanDelta,
  PlanDocument,
  PlanKind,
  PlanMeta,
  Plan,
  PlanSummary,
  RowDraft,
} from './domain/plan';

const PlanRef = z.object({ planId: z.string().min(1) });
const RoundRef = z.object({ roundId: z.string().min(1) });
const SubmissionRef = z.object({ submissionId: z.string().min(1) });
const Ok = z.object({ ok: z.literal(true) });
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const FileBytes = z.object({ fileName: z.string().min(1).max(260), data: bytes(160_000_000) });
/** A file the host wrote, as the UI saves it. */
const FileOut = z.object({ fileName: z.string(), data: bytes() });

/** One cell to set; `title` sets the text of a section row. */
export const CellEdit = z.object({
  rowId: z.string().min(1),
  key: z.union([ColumnKey, z.literal('title')]),
  value: z.string().max(100_000),
});
export type CellEdit = z.infer<typeof CellEdit>;

/** How cell text reached the plan (修改记录 says 输入, 粘贴, or the command's name). */
export const EditSource = z.enum(['typed', 'paste', 'edit']);
export type EditSource = z.infer<typeof EditSource>;

export const BackupInfo = z.object({
  name: z.string(),
  at: z.string(),
  reason: z.enum(['daily', 'import', 'upgrade', 'manual', 'restore']),
  size: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** A 测评 sheet as the lists show it. */
export const ScoreSheetSummary = z.object({
  id: z.string(),
  period: z.string(),
  title: z.string(),
  fileName: z.string(),
  importedAt: z.string(),
  units: z.number().int(),
  warnings: z.array(z.string()),
});
export type ScoreSheetSummary = z.infer<typeof ScoreSheetSummary>;

export const api = {
  'app.info': {
    input: z.object({}),
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      dbPath: z.string(),
      mode: z.enum(['electron', 'browser']),
    }),
  },
  'plans.list': { input: z.object({}), output: z.array(PlanSummary) },
  'plans.trash': { input: z.object({}), output: z.array(PlanSummary) },
  'plans.get': { input: PlanRef, output: PlanDocument },
  'plans.create': { input: PlanMeta.extend({ kind: PlanKind }), output: Plan },
  'plans.update': {
    input: PlanRef.extend({ patch: PlanMeta.partial() }),
    output: PlanDelta,
  },
  'plans.duplicate': { input: PlanRef, output: Plan },
  'plans.setColumns': {
    input: PlanRef.extend({ columns: z.array(ColumnDef).min(1).max(60), label: z.string().max(40).default('修改列') }),
    output: PlanDelta,
  },
  'plans.delete': { input: PlanRef, output: z.object({ ok: z.literal(true) }) },
  'plans.restore': { input: PlanRef, output: Plan },
  'rows.setCells': {
    input: PlanRef.extend({
      edits: z.array(CellEdit).max(200_000),
      /** New rows added at the end, as a paste below the last row does. */
      append: z.array(RowDraft).max(100_000).default([]),
      label: z.string().max(40).default('编辑单元格'),
      /** Where the text came from, for 修改记录: typed into the cell, pasted, or another command (fill, replace …). */
      source: EditSource.default('edit'),
    }),
    output: PlanDelta,
  },
  'rows.insert': {
    input: PlanRef.extend({
      anchorId: z.string().nullable(),
      where: z.enum(['above', 'below']),
      rows: z.array(RowDraft).min(1).max(100_000),
    }),
    output: PlanDelta,
  },
  'rows.delete': { input: PlanRef.extend({ ids: z.array(z.string()).min(1) }), output: PlanDelta },
  'rows.move': {
    input: PlanRef.extend({
      ids: z.array(z.string()).min(1),
      /** The row they go above; null puts them at the end. */
      beforeId: z.string().nullable(),
    }),
    output: PlanDelta,
  },
  /** 排序: the items of each section in the order of one column (one action). */
  'rows.sort': {
    input: PlanRef.extend({ key: ColumnKey, direction: z.enum(['asc', 'desc']).default('asc') }),
    output: PlanDelta,
  },
  'import.open': {
    // Any size the bridge carries: past the import limit the host answers with its own message (file-limits.ts).
    input: z.object({ fileName: z.string().min(1).max(260), data: bytes(MAX_BODY_BYTES) }),
    output: ImportPreview,
  },
  'import.preview': { input: z.object({ fileId: z.string(), options: ImportOptions }), output: ImportPreview },
  'import.commit': {
    input: z.object({ fileId: z.string(), options: ImportOptions, target: ImportTarget }),
    output: z.object({
      planId: z.string(),
      items: z.number().int(),
      sections: z.number().int(),
      unknownUnits: z.array(z.string()),
      /** The change to the plan imported into, as every other edit answers; null for a new plan. */
      delta: PlanDelta.nullable(),
    }),
  },
  'export.xlsx': {
    input: PlanRef.extend({ options: ExportOptions }),
    output: FileOut.extend({
      items: z.number().int(),
      warnings: z.array(z.string()).optional(),
    }),
  },
  /** The same official table as a Word document, for a notice's 附件. */
  'export.docx': {
    input: PlanRef.extend({ options: ExportOptions }),
    output: FileOut.extend({
      items: z.number().int(),
      warnings: z.array(z.string()).optional(),
    }),
  },
  /** Before writing: whether the chosen columns fit the chosen paper at 小五 (9 pt) or more, and which papers would. */
  'export.check': { input: PlanRef.extend({ options: ExportOptions }), output: FitCheck },
  /** The layout (paper, columns, 字号) an output of the plan was last given; null for none yet. */
  'layouts.get': { input: PlanRef.extend({ output: OutputKind }), output: OutputLayout.nullable() },
  'layouts.save': { input: PlanRef.extend({ output: OutputKind, layout: OutputLayout }), output: Ok },
  'progress.list': { input: PlanRef, output: z.array(ProgressEntry) },
  'progress.record': {
    input: PlanRef.extend({
      rowId: z.string().min(1),
      period: Period,
      status: ProgressStatus,
      progress: z.string().max(20_000).default(''),
      problems: z.string().max(20_000).default(''),
      nextSteps: z.string().max(20_000).default(''),
      reporter: z.string().max(100).default(''),
    }),
    output: PlanDelta,
  },
  'progress.exportOverview': {
    input: PlanRef.extend({ period: Period, today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    output: FileOut,
  },
  /** The period's 进展情况报告 as a Word document, for the leaders. */
  'progress.exportReport': {
    input: PlanRef.extend({ period: Period, today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    output: FileOut,
  },
  'units.list': { input: z.object({}), output: z.array(Unit) },
  /**
   * Changes to the 单位名录; `planId`, the plan open on screen, makes each one an action of its history. A unit
   * given another unit's own name as an other name takes that unit in (merged, one undoable action).
   */
  'units.save': {
    input: z.object({ unit: UnitDraft, planId: z.string().min(1).optional() }),
    output: Unit.extend({ delta: PlanDelta.nullable().default(null), merged: z.array(z.string()).default([]) }),
  },
  'units.delete': {
    input: z.object({ id: z.string().min(1), planId: z.string().min(1).optional() }),
    output: z.object({ ok: z.literal(true), delta: PlanDelta.nullable().default(null) }),
  },
  'units.addNames': {
    input: z.object({
      names: z.array(z.string().trim().min(1).max(60)).min(1).max(500),
      kind: UnitKind,
      planId: z.string().min(1).optional(),
    }),
    output: z.array(Unit),
  },
  /** One unit, one name: `fromId`'s names become other names of `intoId`, as one action. */
  'units.merge': {
    input: z.object({ fromId: z.string().min(1), intoId: z.string().min(1), planId: z.string().min(1).optional() }),
    output: Unit.extend({ delta: PlanDelta.nullable().default(null) }),
  },
  'backup.list': { input: z.object({}), output: z.object({ folder: z.string(), backups: z.array(BackupInfo) }) },
  'backup.create': { input: z.object({}), output: BackupInfo },
  /** Restores one of the app's own backups, by its file name in the backup folder. */
  'backup.restore': {
    input: z.object({ name: z.string().regex(/^peidang-[\w-]+\.db$/) }),
    output: z.object({ ok: z.literal(true) }),
  },
  /** Restores from a file the user picked, sent as bytes. */
  'backup.restoreFile': {
    input: z.object({ fileName: z.string().min(1).max(260), data: bytes(MAX_BODY_BYTES) }),
    output: z.object({ ok: z.literal(true) }),
  },
  'rounds.list': { input: PlanRef, output: z.array(Round) },
  'rounds.create': { input: RoundDraft, output: Round },
  'rounds.get': { input: RoundRef.extend({ today: Day }), output: RoundView },
  'rounds.delete': { input: RoundRef, output: Ok },
  /** Writes one fill-in sheet per unit (or per unit named) into a folder on this computer. */
  'rounds.generate': {
    input: RoundRef.extend({
      folder: z.string().trim().min(1).max(1000),
      units: z.array(z.string()).min(1).optional(),
    }),
    output: z.object({
      folder: z.string(),
      files: z.array(z.object({ unit: z.string(), fileName: z.string(), rows: z.number().int() })),
    }),
  },
  /** Takes returned files in (as bytes); `receivedAt` is when the clerk got them, now when absent. */
  'rounds.receive': {
    input: RoundRef.extend({
      /** Each file may say when it came in (the time it was saved from the mail), else the batch's time counts. */
      files: z
        .array(FileBytes.extend({ receivedAt: z.string().datetime().optional() }))
        .min(1)
        .max(500),
      receivedAt: z.string().datetime().optional(),
    }),
    output: z.object({
      received: z.array(SubmissionSummary),
      errors: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  },
  'rounds.assign': { input: SubmissionRef.extend({ unit: z.string().min(1) }), output: SubmissionSummary },
  'rounds.review': { input: SubmissionRef, output: Review },
  /** A returned file as it was received. */
  'rounds.file': { input: SubmissionRef, output: FileOut },
  'rounds.accept': { input: SubmissionRef, output: z.object({ delta: PlanDelta.nullable() }) },
  /** Accepts every file waiting for review that has no error (of a unit's several, the latest), as one action. */
  'rounds.acceptAll': {
    input: RoundRef,
    output: z.object({ accepted: z.number().int(), delta: PlanDelta.nullable() }),
  },
  'rounds.sendBack': {
    input: SubmissionRef.extend({ reason: z.string().trim().min(1).max(500) }),
    /** 退回 is an action of the plan's history: the delta carries what Ctrl+Z would now undo. */
    output: SubmissionSummary.extend({ delta: PlanDelta }),
  },
  'rounds.undoAccept': { input: SubmissionRef, output: z.object({ delta: PlanDelta.nullable() }) },
  /** 本单位无此项内容 / 本期无新进展: the unit's (empty) file taken as its answer, counted as reported. */
  'rounds.acceptNothing': {
    input: SubmissionRef.extend({ answer: NothingAnswer }),
    output: z.object({ delta: PlanDelta.nullable() }),
  },
  'rounds.exportSummary': {
    input: RoundRef.extend({
      perUnitSheets: z.boolean().default(false),
      arrangement: z.enum(['item', 'unit']).default('unit'),
    }),
    output: FileOut.extend({ rows: z.number().int() }),
  },
  'history.undo': { input: PlanRef, output: PlanDelta },
  'history.redo': { input: PlanRef, output: PlanDelta },
  /** 开始下一期: the next period's round of a recurring round, same units, fields and note. */
  'rounds.startNext': { input: RoundRef, output: Round },
  /** Units × periods of a recurring round's series: 按时 / 逾期 N 天 / 未报 / 退回. */
  'rounds.timeliness': { input: RoundRef.extend({ today: Day }), output: TimelinessBoard },
  /** 报送情况统计表 (.xlsx) or 报送情况通报 (.docx) of the series up to this round. */
  'rounds.exportTimeliness': {
    input: RoundRef.extend({ format: z.enum(['xlsx', 'docx']), today: Day }),
    output: FileOut,
  },
  /** 测评: a score sheet as the evaluators sent it; a later sheet of a period replaces the earlier. */
  'scores.import': { input: FileBytes, output: ScoreSheetSummary },
  'scores.list': { input: z.object({}), output: z.array(ScoreSheetSummary) },
  'scores.delete': { input: z.object({ id: z.string().min(1) }), output: Ok },
  /** Every period ranked against the one before, oldest first. */
  'scores.rankings': {
    input: z.object({ bottom: z.number().int().min(1).max(50).default(3) }),
    output: z.array(Ranking),
  },
  /** The period's 测评通报 (.docx). */
  'scores.exportNotice': {
    input: z.object({
      period: z.string().min(1).max(100),
      bottom: z.number().int().min(1).max(50).default(3),
      issuer: z.string().max(100).default(''),
      today: Day,
    }),
    output: FileOut,
  },
  /** Groups of the 单位名录: 联系单位 groups and 专项工作组. */
  'groups.list': { input: z.object({}), output: z.array(UnitGroup) },
  /** Reads a notice's 附件 lists (pasted text); the groups of each kind found replace those of that kind. */
  'groups.importText': {
    input: z.object({ text: z.string().min(1).max(200_000), source: z.string().max(260).default('') }),
    output: z.array(UnitGroup),
  },
  /** Reads a notice's 附件 lists (pasted text, or a .txt or .docx file) and shows what would be kept; nothing is written. */
  'groups.preview': {
    input: z
      .object({ text: z.string().max(200_000).optional(), file: FileBytes.optional() })
      .refine((v) => (v.text !== undefined && v.text.trim() !== '') !== (v.file !== undefined), {
        message: '请粘贴名单或选择一个文件',
      }),
    output: z.object({
      groups: z.array(UnitGroupDraft),
      unknownUnits: z.array(z.string()),
      replaced: z.array(z.string()),
    }),
  },
  /** Keeps the groups previewed: those of each kind read replace that kind's, as one action of the open plan. */
  'groups.replace': {
    input: z.object({ groups: z.array(UnitGroupDraft).min(1).max(200), planId: z.string().min(1).optional() }),
    output: z.object({ groups: z.array(UnitGroup), delta: PlanDelta.nullable() }),
  },
  /** Adds or changes a group; with `planId`, the plan open on screen, an action of its history (Ctrl+Z). */
  'groups.save': {
    input: z.object({
      group: UnitGroupDraft.extend({ id: z.string().optional() }),
      planId: z.string().min(1).optional(),
    }),
    output: UnitGroup.extend({ delta: PlanDelta.nullable().default(null) }),
  },
  'groups.delete': {
    input: z.object({ id: z.string().min(1), planId: z.string().min(1).optional() }),
    output: z.object({ ok: z.literal(true), delta: PlanDelta.nullable().default(null) }),
  },
  /** 整改台账: a problem (from a 测评 row or a return) added as a row of a ledger, one undoable edit. */
  /** With `newLedger` instead of `planId`, the ledger is made first (a 整改台账 of that title), in the same call. */
  'rectification.addProblem': {
    input: z
      .object({
        planId: z.string().min(1).optional(),
        newLedger: z
          .object({ title: z.string().trim().min(1).max(200), year: z.number().int().min(2000).max(2100) })
          .optional(),
        problem: ProblemDraft,
      })
      .refine((v) => (v.planId === undefined) !== (v.newLedger === undefined), { message: '请选择或新建一个整改台账' }),
    output: PlanDelta,
  },
  /** 修改记录 of a row: newest first, at most `limit`; the cell view keeps one column's changes (entriesOfKey). */
  'history.ofRow': {
    input: PlanRef.extend({ rowId: z.string().min(1), limit: z.number().int().min(1).max(HISTORY_LIMIT).optional() }),
    output: z.array(HistoryEntry),
  },
  /** The same fill-in sheets as rounds.generate, in one .zip the page saves as a download (browser mode). */
  'rounds.generateZip': {
    input: RoundRef.extend({ units: z.array(z.string()).min(1).optional() }),
    output: FileOut.extend({
      files: z.array(z.object({ unit: z.string(), fileName: z.string(), rows: z.number().int() })),
    }),
  },
  /**
   * The same fill-in sheets as rounds.generate, each file's bytes answered, for the page to write into a folder the
   * browser's directory picker gave it (browser mode, where the host cannot see that folder).
   */
  'rounds.generateFiles': {
    input: RoundRef.extend({ units: z.array(z.string()).min(1).optional() }),
    output: z.object({
      files: z.array(z.object({ unit: z.string(), fileName: z.string(), rows: z.number().int(), data: bytes() })),
    }),
  },
  /** Shows a folder the fill-in sheets were written to in the system's file manager. */
  'rounds.openFolder': {
    input: z.object({ folder: z.string().trim().min(1).max(1000) }),
    output: z.object({ ok: z.literal(true) }),
  },
  /** The desktop's native folder dialog for 生成填报表 (not in browser mode); `folder` null when cancelled. */
  'rounds.pickFolder': {
    input: z.object({ start: z.string().max(1000) }),
    output: z.object({ folder: z.string().nullable() }),
  },
} as const;

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Api[M]['input']>;
export type Output<M extends Method> = z.output<Api[M]['output']>;

/** A handler per method, taking one parsed argument object. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };

/** What every call answers, over IPC and HTTP alike. */
export const Envelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorPayload }),
]);
export type Envelope = z.infer<typeof Envelope>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** Events the host pushes to the UI (progress of long work, changes made elsewhere). */
export const events = {
  'plans.changed': z.object({ planId: z.string().nullable() }),
  /** Sent by the desktop shell's menu only. */
  'menu.command': MenuCommand,
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

export { TRANSPORT } from './transport';

/** A method's parsed input and its output, the shape a service behind the method takes and returns. */
export type InputOf<M extends Method> = ParsedInput<M>;
export type OutputOf<M extends Method> = Output<M>;
