// The groups of one kind as a table: 分组, 组长, 副组长, 联系单位 or 责任科室 (and a work group's duty); with
// 修改 and 删除 on each row when the groups are kept ones.
import { GROUP_KIND_NAMES, type GroupKind, type UnitGroupDraft } from '../../../shared/domain/unit-groups';

export interface GroupTableProps<G extends UnitGroupDraft> {
  kind: GroupKind;
  groups: G[];
  onEdit?: (g: G) => void;
  onDelete?: (g: G) => void;
}

export function GroupTable<G extends UnitGroupDraft>({ kind, groups, onEdit, onDelete }: GroupTableProps<G>) {
  if (groups.length === 0) return null;
  const actions = onEdit !== undefined || onDelete !== undefined;
  return (
    <table className="pd-round-table" aria-label={GROUP_KIND_NAMES[kind]}>
      <caption>
        {GROUP_KIND_NAMES[kind]}（{groups.length} 个）
      </caption>
      <thead>
        <tr>
          <th>分组</th>
          <th>组长</th>
          <th>副组长</th>
          <th>{kind === 'contact' ? '联系单位' : '责任科室'}</th>
          {kind === 'work' && <th>职责</th>}
          {actions && <th />}
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.name} data-group={g.name}>
            <td>{g.name}</td>
            <td>{g.leader}</td>
            <td>{g.deputy}</td>
            <td>{(kind === 'contact' ? g.units : g.offices).join('、')}</td>
            {kind === 'work' && <td className="pd-muted pd-group-duty">{g.duty}</td>}
            {actions && (
              <td className="pd-nowrap">
                {onEdit && (
                  <button type="button" className="pd-link" aria-label={`修改${g.name}`} onClick={() => onEdit(g)}>
                    修改
                  </button>
                )}{' '}
                {onDelete && (
                  <button type="button" className="pd-link" aria-label={`删除${g.name}`} onClick={() => onDelete(g)}>
                    删除
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
