// The commands of the editor, as the toolbar, the context menu and the keyboard all call them.
import { useMemo, useRef, type RefObject } from 'react';
import type { PlanGridHandle } from '../../grid/PlanGrid';
import type { PlanDoc } from './use-plan-doc';

export interface RowCommands {
  insertAbove: () => void;
  insertBelow: () => void;
  /** A new item after the last row, focused to type on (Enter on the last row, Tab on its last cell). */
  appendRow: () => void;
  insertSection: () => void;
  deleteRows: () => void;
  moveUp: () => void;
  moveDown: () => void;
  undo: () => void;
  redo: () => void;
  /** 排序: each section's items by one column, then says so. */
  sort: (key: string, direction: 'asc' | 'desc') => void;
}

export function useRowCommands(
  doc: PlanDoc | undefined,
  grid: RefObject<PlanGridHandle | null>,
  notify: (text: string) => void,
): RowCommands {
  /** Moves run one after another, each on the rows the one before left selected, however fast they are asked. */
  const moves = useRef<Promise<void>>(Promise.resolve());
  return useMemo(() => {
    const selected = () => grid.current?.selection().rows ?? [];
    const focusFirst = (ids: string[] | undefined) => {
      const first = ids?.[0];
      if (first) grid.current?.focusAfterUpdate(first);
    };
    const insert = async (where: 'above' | 'below') => {
      if (!doc) return;
      const rows = selected();
      const all = doc.snapshot.rows;
      const anchor = where === 'above' ? (rows[0] ?? all[0]) : (rows[rows.length - 1] ?? all[all.length - 1]);
      const count = Math.max(1, rows.length);
      const delta = await doc.insertRows(
        anchor?.id ?? null,
        where,
        Array.from({ length: count }, () => ({ kind: 'item' as const, title: '', cells: {} })),
      );
      focusFirst(delta?.created);
    };
    const moveOnce = async (dir: -1 | 1) => {
      const rows = selected();
      const g = grid.current;
      if (!doc || !g || rows.length === 0) return;
      const all = doc.snapshot.rows;
      const first = all.findIndex((r) => r.id === rows[0]!.id);
      const last = all.findIndex((r) => r.id === rows[rows.length - 1]!.id);
      if (dir < 0 && first <= 0) return;
      if (dir > 0 && (last < 0 || last >= all.length - 1)) return;
      const beforeId = dir < 0 ? all[first - 1]!.id : (all[last + 2]?.id ?? null);
      const ids = rows.map((r) => r.id);
      // The moved rows stay selected where they land, for the next move.
      const followed = g.followRows(ids);
      if (await doc.moveRows(ids, beforeId)) await followed;
      else g.stopFollowing();
    };
    const move = (dir: -1 | 1) => {
      moves.current = moves.current.then(() => moveOnce(dir));
    };
    return {
      insertAbove: () => void insert('above'),
      insertBelow: () => void insert('below'),
      appendRow: () => {
        const last = doc?.snapshot.rows.at(-1);
        if (!doc) return;
        void doc
          .insertRows(last?.id ?? null, 'below', [{ kind: 'item', title: '', cells: {} }])
          .then((delta) => focusFirst(delta?.created));
      },
      insertSection: () => {
        if (!doc) return;
        const anchor = selected()[0] ?? doc.snapshot.rows[0];
        void doc
          .insertRows(anchor?.id ?? null, 'above', [{ kind: 'section', title: '新分组', cells: {} }])
          .then((delta) => {
            const id = delta?.created[0];
            if (id) grid.current?.focusAfterUpdate(id, true);
          });
      },
      deleteRows: () => {
        if (!doc) return;
        const rows = selected();
        if (rows.length === 0) return;
        void doc.deleteRows(rows.map((r) => r.id)).then((delta) => {
          if (delta) notify(`已删除 ${rows.length} 行。按 Ctrl+Z 可以撤销。`);
        });
      },
      sort: (key, direction) => {
        if (!doc) return;
        const label = doc.snapshot.plan.columns.find((c) => c.key === key)?.label ?? '';
        void doc.sortRows(key, direction).then((delta) => {
          if (delta) notify(`已按「${label}」排序（可撤销）。`);
        });
      },
      moveUp: () => move(-1),
      moveDown: () => move(1),
      undo: () => {
        if (doc?.snapshot.history.canUndo) void doc.undo();
      },
      redo: () => {
        if (doc?.snapshot.history.canRedo) void doc.redo();
      },
    };
  }, [doc, grid, notify]);
}
