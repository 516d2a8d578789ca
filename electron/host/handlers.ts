// One handler per method of the contract in shared/api.ts; a missing one fails the build.
import type { Handlers } from '../../shared/api';
import type { HostContext } from './context';
import * as plans from './services/plans';
import * as rows from './services/rows';
import * as history from './services/history';
import * as imports from './services/import';
import * as exporter from './services/export';
import * as progress from './services/progress';
import * as units from './services/units';
import * as backup from './services/backup';
import * as rounds from './services/rounds';
import * as returns from './services/returns';
import * as recurring from './services/recurring';
import * as scores from './services/scores';
import * as groups from './services/groups';
import * as rectification from './services/rectification';
import * as rowHistory from './services/row-history';
import { openFolder } from './open-folder';
import { AppError } from '../../shared/errors';
import type { ServiceDeps } from './services/deps';

export function createHandlers(ctx: HostContext): Handlers {
  const { now } = ctx;
  // What a service behind a method is given, built at each call: the database is read each time (a restore puts
  // another one in its place), with the time of this call.
  const importFiles = new imports.OpenFiles();
  const deps = (): ServiceDeps => ({
    db: ctx.db,
    now: now(),
    dataDir: ctx.dataDir,
    importFiles,
    replaceDatabase: (file) => ctx.replaceDatabase(file),
  });
  return {
    'app.info': () => ({ version: ctx.version, dataDir: ctx.dataDir, dbPath: ctx.dbPath, mode: ctx.mode }),
    'plans.list': () => plans.list(deps()),
    'plans.trash': () => plans.trash(deps()),
    'plans.get': (input) => plans.get(deps(), input),
    'plans.create': (input) => plans.add(deps(), input),
    'plans.update': (input) => plans.update(deps(), input),
    'plans.duplicate': (input) => plans.duplicate(deps(), input),
    'plans.setColumns': (input) => plans.setColumns(deps(), input),
    'plans.delete': (input) => plans.remove(deps(), input),
    'plans.restore': (input) => plans.restore(deps(), input),
    'rows.setCells': (input) => rows.setCells(deps(), input),
    'rows.insert': (input) => rows.insert(deps(), input),
    'rows.delete': (input) => rows.remove(deps(), input),
    'rows.move': (input) => rows.move(deps(), input),
    'rows.sort': (input) => rows.sort(deps(), input),
    'import.open': (input) => imports.open(deps(), input),
    'import.preview': (input) => imports.preview(deps(), input),
    'import.commit': (input) => imports.commit(deps(), input),
    'export.xlsx': (input) => exporter.xlsx(deps(), input),
    'export.docx': (input) => exporter.docx(deps(), input),
    'export.check': (input) => exporter.check(deps(), input),
    'layouts.get': (input) => exporter.getLayout(deps(), input),
    'layouts.save': (input) => exporter.saveLayout(deps(), input),
    'progress.list': (input) => progress.list(deps(), input),
    'progress.record': (input) => progress.record(deps(), input),
    'progress.exportOverview': (input) => exporter.exportOverview(deps(), input),
    'progress.exportReport': (input) => exporter.exportReport(deps(), input),
    'units.list': () => units.list(deps()),
    'units.save': (input) => units.save(deps(), input),
    'units.delete': (input) => units.remove(deps(), input),
    'units.addNames': (input) => units.addNames(deps(), input),
    'units.merge': (input) => units.merge(deps(), input),
    'backup.list': () => backup.list(deps()),
    'backup.create': () => backup.create(deps()),
    'backup.restore': (input) => backup.restore(deps(), input),
    'backup.restoreFile': (input) => backup.restoreFile(deps(), input),
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
    'history.ofRow': (input) => rowHistory.ofRow(deps(), input),
    'rounds.generateZip': (input) => rounds.generateZip(deps(), input),
    'rounds.generateFiles': (input) => rounds.generateFiles(deps(), input),
    'rounds.openFolder': ({ folder }) => openFolder(folder, ctx.desktop),
    'rounds.pickFolder': async ({ start }) => {
      if (!ctx.desktop) throw new AppError('FOLDER_PICKER_UNAVAILABLE');
      return { folder: await ctx.desktop.pickFolder(start) };
    },
  } satisfies Handlers;
}
