// The 分组 filter (全部 / 第一组 … / 中医药管理组 …) and, where rows can go under their groups, 按分组排列.
import { GROUP_KIND_NAMES, GroupKind } from '../../../shared/domain/unit-groups';
import type { GroupView } from './use-group-view';

export function GroupFilter({ view, arrange = true }: { view: GroupView; arrange?: boolean }) {
  if (view.groups.length === 0) return null;
  return (
    <span className="pd-inline pd-group-filter pd-no-print">
      <label className="pd-inline">
        分组
        <select aria-label="分组筛选" value={view.filterId} onChange={(e) => view.setFilterId(e.target.value)}>
          <option value="">全部</option>
          {GroupKind.options.map((kind) => {
            const of = view.groups.filter((g) => g.kind === kind);
            return of.length === 0 ? null : (
              <optgroup key={kind} label={GROUP_KIND_NAMES[kind]}>
                {of.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                    {g.leader ? `（${g.leader}）` : ''}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </label>
      {arrange && (
        <label className="pd-inline">
          排列
          <select
            aria-label="按分组排列"
            value={view.arrangeBy ?? ''}
            onChange={(e) => view.setArrangeBy(GroupKind.safeParse(e.target.value).data ?? null)}
          >
            <option value="">不分组</option>
            {GroupKind.options
              .filter((k) => view.groups.some((g) => g.kind === k))
              .map((k) => (
                <option key={k} value={k}>
                  按{GROUP_KIND_NAMES[k]}
                </option>
              ))}
          </select>
        </label>
      )}
    </span>
  );
}

/** A group's heading row inside a table (第一组（组长魏天山、副组长刘庆华）); nothing for the part of a plain list. */
export function GroupRow({ label, span }: { label: string; span: number }) {
  if (label === '') return null;
  return (
    <tr className="pd-group-row" data-group-row={label}>
      <th colSpan={span}>{label}</th>
    </tr>
  );
}
