// The columns being edited in 列设置, before they are saved: rename, add, hide, move, remove.
import { useState } from 'react';
import type { ColumnDef } from '../../../shared/domain/plan';
import { withChoice, type ColumnChoice } from '../../../shared/domain/column-roles';

function newKey(columns: ColumnDef[]): string {
  let n = 1;
  while (columns.some((c) => c.key === `c${n}`)) n++;
  return `c${n}`;
}

export function useColumnDraft(initial: ColumnDef[]) {
  const [columns, setColumns] = useState<ColumnDef[]>(initial);
  const patch = (i: number, p: Partial<ColumnDef>) =>
    setColumns((cs) => cs.map((c, j) => (j === i ? { ...c, ...p } : c)));
  const move = (i: number, d: -1 | 1) =>
    setColumns((cs) => {
      const j = i + d;
      if (j < 0 || j >= cs.length) return cs;
      const next = [...cs];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
  return {
    columns,
    rename: (i: number, label: string) => patch(i, { label }),
    /** 牵头单位, 配合单位, 完成时限 …: the column's role as the clerk chooses it. */
    setChoice: (i: number, choice: ColumnChoice) =>
      setColumns((cs) => cs.map((c, j) => (j === i ? withChoice(c, choice) : c))),
    setHidden: (i: number, hidden: boolean) => patch(i, { hidden }),
    moveUp: (i: number) => move(i, -1),
    moveDown: (i: number) => move(i, 1),
    remove: (i: number) => setColumns((cs) => cs.filter((_, j) => j !== i)),
    add: () => setColumns((cs) => [...cs, { key: newKey(cs), label: '新列', role: 'text', width: 14 }]),
    problem: columns.some((c) => c.label.trim() === '')
      ? '每一列都要有名称'
      : columns.every((c) => c.hidden)
        ? '至少要显示一列'
        : null,
  };
}
