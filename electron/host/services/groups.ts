// The groups of the 单位名录 (联系分组, 专项工作组): read from a notice's 附件 lists (pasted text, a .txt or a Word
// document) and shown before anything is kept; added, changed, deleted. With the plan the clerk has open, each change
// is an action of that plan's history (Ctrl+Z takes it back), as a change to a unit is.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf } from '../../../shared/api';
import {
  parseGroupLists,
  unknownGroupUnits,
  UnitGroupDraft,
  type GroupKind,
  type UnitGroup,
} from '../../../shared/domain/unit-groups';
import { groupsFromDocument } from '../../../shared/xlsx/read-group-lists';
import { checkImportSize } from '../../../shared/file-limits';
import { inTransaction } from '../store/db';
import { getGroup, listGroups } from '../store/groups';
import { listUnits } from '../store/units';
import { readDocumentIsolated } from '../read-isolated';
import { DirectoryWriter } from './directory-writer';
import type { DepsOf } from './deps';

export function list({ db }: DepsOf<'db'>): OutputOf<'groups.list'> {
  return listGroups(db);
}

/**
 * Reads pasted text or a file (.txt, .docx) of 附件 lists; nothing is kept. It answers what keeping them would do:
 * the groups read, the names the 单位名录 lacks, and the groups kept now that they replace (those of the kinds read).
 */
export async function preview(
  { db }: DepsOf<'db'>,
  { text, file }: InputOf<'groups.preview'>,
): Promise<OutputOf<'groups.preview'>> {
  const groups = file ? await readListFile(file.fileName, file.data) : parseGroupLists(text ?? '');
  const source = file?.fileName ?? '';
  if (groups.length === 0) throw new AppError('GROUPS_NONE', source ? { source } : {});
  const kinds = new Set(groups.map((g) => g.kind));
  return {
    groups,
    unknownUnits: unknownGroupUnits(groups, listUnits(db)),
    replaced: listGroups(db)
      .filter((g) => kinds.has(g.kind))
      .map((g) => g.name),
  };
}

async function readListFile(fileName: string, data: Uint8Array): Promise<UnitGroupDraft[]> {
  if (/\.txt$/i.test(fileName)) {
    if (data.length === 0) throw new AppError('IMPORT_ZERO_BYTES', { file: fileName });
    checkImportSize(data.length, fileName);
    return parseGroupLists(decodeText(data));
  }
  return groupsFromDocument(await readDocumentIsolated(data, fileName));
}

/** A text file as Windows Notepad saves it: UTF-8 (with or without its mark), else GB18030. */
function decodeText(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return new TextDecoder('gb18030').decode(data);
  }
}

/** Keeps the groups read (as previewed): those of each kind read replace the groups of that kind, as one action. */
export function replace(
  { db, now }: DepsOf<'db' | 'now'>,
  { groups: drafts, planId }: InputOf<'groups.replace'>,
): OutputOf<'groups.replace'> {
  if (drafts.length === 0) throw new AppError('GROUPS_NONE', {});
  return inTransaction(db, () => {
    const writer = new DirectoryWriter(db, planId, now);
    const kinds = new Set<GroupKind>(drafts.map((d) => d.kind));
    for (const g of listGroups(db)) if (kinds.has(g.kind)) writer.removeGroup(g.id);
    for (const d of drafts) writer.putGroup({ ...UnitGroupDraft.parse(d), id: randomUUID() });
    const delta = writer.commit(`读入分组名单（${drafts.length} 个）`);
    return { groups: listGroups(db), delta };
  });
}

/** Reads pasted lists and keeps them at once (the command line and older callers; the screen previews first). */
export function importText(
  deps: DepsOf<'db' | 'now'>,
  { text, source }: InputOf<'groups.importText'>,
): OutputOf<'groups.importText'> {
  const drafts = parseGroupLists(text);
  if (drafts.length === 0) throw new AppError('GROUPS_NONE', source ? { source } : {});
  return replace(deps, { groups: drafts }).groups;
}

/** Adds a group or changes one (its name, leaders, units or 科室). */
export function save(
  { db, now }: DepsOf<'db' | 'now'>,
  { group, planId }: InputOf<'groups.save'>,
): OutputOf<'groups.save'> {
  return inTransaction(db, () => {
    const before = group.id ? getGroup(db, group.id) : undefined;
    if (group.id && !before) throw new AppError('GROUP_NOT_FOUND');
    const clash = listGroups(db).find(
      (g) => g.kind === group.kind && g.name === group.name.trim() && g.id !== group.id,
    );
    if (clash) throw new AppError('GROUP_NAME_TAKEN', { name: clash.name });
    const g: UnitGroup = { ...UnitGroupDraft.parse(group), id: group.id ?? randomUUID() };
    const writer = new DirectoryWriter(db, planId, now);
    writer.putGroup(g);
    const label = before
      ? `修改分组（${before.name === g.name ? g.name : `${before.name} → ${g.name}`}）`
      : `新增分组（${g.name}）`;
    return { ...g, delta: writer.commit(label) };
  });
}

export function remove(
  { db, now }: DepsOf<'db' | 'now'>,
  { id, planId }: InputOf<'groups.delete'>,
): OutputOf<'groups.delete'> {
  return inTransaction(db, () => {
    const g = getGroup(db, id);
    if (!g) throw new AppError('GROUP_NOT_FOUND');
    const writer = new DirectoryWriter(db, planId, now);
    writer.removeGroup(id);
    return { ok: true as const, delta: writer.commit(`删除分组（${g.name}）`) };
  });
}
