// The groups of the 单位名录: read from a notice's 附件 lists (pasted, or the text of a .docx), edited, deleted.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { parseGroupLists, UnitGroupDraft, type UnitGroup } from '../../../shared/domain/unit-groups';
import { inTransaction, type Db } from '../store/db';
import { deleteGroup, deleteGroupsOfKind, listGroups, putGroup } from '../store/groups';

export function list(db: Db): UnitGroup[] {
  return listGroups(db);
}

/** Reads the lists and keeps their groups; the groups of each kind found replace those of that kind. */
export function importText(db: Db, text: string, source: string): UnitGroup[] {
  const drafts = parseGroupLists(text);
  if (drafts.length === 0) throw new AppError('GROUPS_NONE', source ? { source } : {});
  inTransaction(db, () => {
    for (const kind of new Set(drafts.map((d) => d.kind))) deleteGroupsOfKind(db, kind);
    for (const d of drafts) putGroup(db, { ...d, id: randomUUID() });
  });
  return listGroups(db);
}

export function save(db: Db, group: UnitGroupDraft & { id?: string | undefined }): UnitGroup {
  const g: UnitGroup = { ...UnitGroupDraft.parse(group), id: group.id ?? randomUUID() };
  putGroup(db, g);
  return g;
}

export function remove(db: Db, id: string): void {
  if (!deleteGroup(db, id)) throw new AppError('GROUP_NOT_FOUND');
}
