// One handler per method of the contract in shared/api.ts; a missing one fails the build.
import type { Handlers } from '../../shared/api';
import type { HostContext } from './context';
import * as plans from './services/plans';
import * as rows from './services/rows';
import * as history from './services/history';
import * as imports from './services/import';
import { exportOverview, exportPlanFile, exportReport, checkExport, layoutOf, rememberLayout } from './services/export';
import * as progress from './services/progress';
import * as units from './services/units';
import * as backup from './services/backup';
import * as rounds from './services/rounds';
import * as returns from './services/returns';
import { join } from 'node:path';
import * as recurring from './services/recurring';
import * as scores from './services/scores';
import * as groups from './services/groups';
import * as rectification from './services/rectification';
import { rowHistory } from './services/row-history';
import { openFolder } from './open-folder';
import { AppError } from '../../shared/errors';
import type { ServiceDeps } from './services/deps';

export function createHandlers(ctx: HostContext): Handlers {
  const { now } = ctx;
  // The database is read at each call: a restore puts another one in its place.
  const db = () => ctx.db;
  // What a service behind a method is given, built at each call (the database and the time of this call).
  const deps = (): ServiceDeps => ({ db: ctx.db, now: now(), dataDir: ctx.dataDir });
  const openFiles = new imports.OpenFiles();
  return {
    'app.info': () => ({ version: ctx.version, dataDir: ctx.dataDir, dbPath: ctx.dbPath, mode: ctx.mode }),
    'plans.list': () => plans.list(db()),
    'plans.trash': () => plans.trash(db()),
    'plans.get': ({ planId }) => plans.open(db(), planId),
    'plans.create': (input) => plans.create(db(), input, now()),
    'plans.update': ({ planId, patch }) => plans.update(db(), planId, patch, now()),
    'plans.duplicate': ({ planId }) => plans.duplicate(db(), planId, now()),
    'plans.setColumns': ({ planId, columns, label }) => plans.setColumns(db(), planId, columns, now(), label),
    'plans.delete': ({ planId }) => {
      plans.remove(db(), planId, now());
      return { ok: true as const };
    },
    'plans.restore': ({ planId }) => plans.restore(db(), planId),
    'rows.setCells': (input) => rows.setCells(deps(), input),
    'rows.insert': (input) => rows.insert(deps(), input),
    'rows.delete': (input) => rows.remove(deps(), input),
    'rows.move': (input) => rows.move(deps(), input),
    'rows.sort': (input) => rows.sort(deps(), input),
    'import.open': ({ fileName, data }) => imports.open(db(), openFiles, fileName, data),
    'import.preview': ({ fileId, options }) => imports.preview(db(), openFiles, fileId, options),
    'import.commit': ({ fileId, options, target }) => {
      // Every import is preceded by a backup: an import that was a mistake can always be taken back whole.
      backup.backupNow(db(), ctx.dataDir, 'import', now());
      return imports.commit(db(), openFiles, fileId, options, target, now());
    },
    'export.xlsx': ({ planId, options }) => exportPlanFile('xlsx', db(), planId, options, now()),
    'export.docx': ({ planId, options }) => exportPlanFile('docx', db(), planId, options, now()),
    'export.check': ({ planId, options }) => checkExport(db(), planId, options),
    'layouts.get': ({ planId, output }) => layoutOf(db(), planId, output),
    'layouts.save': ({ planId, output, layout }) => rememberLayout(db(), planId, output, layout, now()),
    'progress.list': ({ planId }) => progress.list(db(), planId),
    'progress.record': ({ planId, ...input }) => progress.record(db(), planId, input, now()),
    'progress.exportOverview': ({ planId, period, today }) => exportOverview(db(), planId, period, today),
    'progress.exportReport': ({ planId, period, today }) => exportReport(db(), planId, period, today),
    'units.list': () => units.list(deps()),
    'units.save': (input) => units.save(deps(), input),
    'units.delete': (input) => units.remove(deps(), input),
    'units.addNames': (input) => units.addNames(deps(), input),
    'units.merge': (input) => units.merge(deps(), input),
    'backup.list': () => ({
      folder: backup.backupDir(ctx.dataDir),
      backups: backup.listBackups(ctx.dataDir).map(backup.info),
    }),
    'backup.create': () => backup.info(backup.backupNow(db(), ctx.dataDir, 'manual', now())),
    'backup.restore': ({ name }) => {
      backup.restore(ctx, join(backup.backupDir(ctx.dataDir), name));
      return { ok: true as const };
    },
    'backup.restoreFile': ({ fileName, data }) => {
      backup.restoreBytes(ctx, fileName, data);
      return { ok: true as const };
    },
    'rounds.list': (input) => rounds.list(deps(), input),
    'rounds.create': (input) => rounds.create(deps(), input),
    'rounds.get': (input) => rounds.view(deps(), input),
    'rounds.delete': (input) => rounds.remove(deps(), input),
    'rounds.generate': (input) => rounds.generate(deps(), input),
    'rounds.receive': (input) => returns.receive(deps(), input),
    'rounds.assign': (input) => returns.assign(deps(), input),
    'rounds.review': (input) => returns.review(deps(), input),
    'rounds.file': (input) => returns.originalFile(deps(), input),
    'rounds.accept': (input) => returns.accept(deps(), input),
    'rounds.acceptAll': (input) => returns.acceptAll(deps(), input),
    'rounds.sendBack': (input) => returns.sendBack(deps(), input),
    'rounds.undoAccept': (input) => returns.undoAccept(deps(), input),
    'rounds.exportSummary': (input) => rounds.exportSummary(deps(), input),
    'rounds.acceptNothing': (input) => returns.acceptNothing(deps(), input),
    'history.undo': (input) => history.undo(deps(), input),
    'history.redo': (input) => history.redo(deps(), input),
    'rounds.startNext': (input) => recurring.startNext(deps(), input),
    'rounds.timeliness': (input) => recurring.timeliness(deps(), input),
    'rounds.exportTimeliness': (input) => recurring.exportTimeliness(deps(), input),
    'scores.import': (input) => scores.importSheet(deps(), input),
    'scores.list': () => scores.list(deps()),
    'scores.delete': (input) => scores.remove(deps(), input),
    'scores.rankings': (input) => scores.rankings(deps(), input),
    'scores.exportNotice': (input) => scores.exportNotice(deps(), input),
    'groups.list': () => groups.list(deps()),
    'groups.importText': (input) => groups.importText(deps(), input),
    'groups.preview': (input) => groups.preview(deps(), input),
    'groups.replace': (input) => groups.replace(deps(), input),
    'groups.save': (input) => groups.save(deps(), input),
    'groups.delete': (input) => groups.remove(deps(), input),
    'rectification.addProblem': (input) => rectification.addProblem(deps(), input),
    'history.ofRow': (input) => rowHistory(db(), input),
    'rounds.generateZip': (input) => rounds.generateZip(deps(), input),
    'rounds.openFolder': ({ folder }) => openFolder(folder, ctx.desktop),
    'rounds.pickFolder': async ({ start }) => {
      if (!ctx.desktop) throw new AppError('FOLDER_PICKER_UNAVAILABLE');
      return { folder: await ctx.desktop.pickFolder(start) };
    },
  } satisfies Handlers;
}
