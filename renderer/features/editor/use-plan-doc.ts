// The open plan and every edit of it: each change is sent to the host at once, in order, and shown as saved
// only when the host has committed it to the database.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CellEdit, EditSource, Input } from '../../../shared/api';
import type { ColumnDef, PlanDelta, RowDraft } from '../../../shared/domain/plan';
import { errorText, invoke } from '../../app/api-client';
import { PlanStore, type PlanSnapshot } from './plan-store';
import { publishDelta, subscribeDeltas } from '../../app/plan-bus';
import { isLeaving, trackWrite } from '../../app/pending-edits';

export type SaveState = 'saved' | 'saving' | 'failed';

export interface PlanDoc {
  snapshot: PlanSnapshot;
  saveState: SaveState;
  setCells: (
    edits: CellEdit[],
    append?: RowDraft[],
    label?: string,
    source?: EditSource,
  ) => Promise<PlanDelta | undefined>;
  insertRows: (anchorId: string | null, where: 'above' | 'below', drafts: RowDraft[]) => Promise<PlanDelta | undefined>;
  deleteRows: (ids: string[]) => Promise<PlanDelta | undefined>;
  moveRows: (ids: string[], beforeId: string | null) => Promise<PlanDelta | undefined>;
  sortRows: (key: string, direction: 'asc' | 'desc') => Promise<PlanDelta | undefined>;
  setColumns: (columns: ColumnDef[], label?: string) => Promise<PlanDelta | undefined>;
  recordProgress: (input: Omit<Input<'progress.record'>, 'planId'>) => Promise<PlanDelta | undefined>;
  undo: () => Promise<PlanDelta | undefined>;
  redo: () => Promise<PlanDelta | undefined>;
}

export function usePlanDoc(planId: string, onError: (text: string) => void): PlanDoc | undefined {
  // The store of the plan asked for: another plan's, still shown while this one loads, is none.
  const [opened, setOpened] = useState<{ planId: string; store: PlanStore }>();
  const store = opened?.planId === planId ? opened.store : undefined;
  useEffect(() => {
    let live = true;
    invoke('plans.get', { planId }).then(
      (doc) => live && setOpened({ planId, store: new PlanStore(doc) }),
      (e: unknown) => live && onError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [planId, onError]);
  return useOpenDoc(planId, store, onError);
}

function useOpenDoc(
  planId: string,
  store: PlanStore | undefined,
  onError: (text: string) => void,
): PlanDoc | undefined {
  const snapshot = useSyncExternalStore(store?.subscribe ?? noSubscribe, () => store?.getSnapshot());
  const [pending, setPending] = useState(0);
  const [failed, setFailed] = useState(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // Deltas of this plan made elsewhere (the list renames it) are applied here too.
  useEffect(() => {
    if (!store) return;
    return subscribeDeltas((delta, from) => {
      if (from !== store && delta.planId === planId) store.apply(delta);
    });
  }, [store, planId]);

  /** Runs host calls one after another, so edits land in the order they were made. */
  const run = useCallback(
    (call: () => Promise<PlanDelta>): Promise<PlanDelta | undefined> => {
      if (!store) return Promise.resolve(undefined);
      setPending((n) => n + 1);
      // As the page goes away there is no waiting for the calls before: this one is sent now, or never.
      const result = trackWrite(isLeaving() ? call() : queue.current.then(call)).then(
        (delta) => {
          store.apply(delta);
          // Others listen: the list (particulars, item counts), an open round board, the 单位名录.
          if (delta.plan || delta.order || delta.roundsChanged || delta.unitsChanged) publishDelta(delta, store);
          setFailed(false);
          return delta;
        },
        async (e: unknown) => {
          setFailed(true);
          onError(errorText(e));
          // What the screen shows must be what is saved: reload it from the host.
          try {
            store.replace(await invoke('plans.get', { planId }));
          } catch {
            /* the error above already told the user the host cannot be reached */
          }
          return undefined;
        },
      );
      queue.current = result.finally(() => setPending((n) => n - 1));
      return result;
    },
    [store, planId, onError],
  );

  return useMemo(() => {
    if (!store || !snapshot) return undefined;
    return {
      snapshot,
      saveState: pending > 0 ? 'saving' : failed ? 'failed' : 'saved',
      setCells: (edits, append = [], label, source) => {
        for (const e of edits) {
          store.patchRow(e.rowId, (r) =>
            e.key === 'title' ? { ...r, title: e.value } : { ...r, cells: { ...r.cells, [e.key]: e.value } },
          );
        }
        return run(() => invoke('rows.setCells', { planId, edits, append, label, source }));
      },
      insertRows: (anchorId, where, rows) => run(() => invoke('rows.insert', { planId, anchorId, where, rows })),
      deleteRows: (ids) => run(() => invoke('rows.delete', { planId, ids })),
      moveRows: (ids, beforeId) => run(() => invoke('rows.move', { planId, ids, beforeId })),
      sortRows: (key, direction) => run(() => invoke('rows.sort', { planId, key, direction })),
      setColumns: (columns, label) =>
        run(() => invoke('plans.setColumns', { planId, columns, ...(label ? { label } : {}) })),
      recordProgress: (input) => run(() => invoke('progress.record', { planId, ...input })),
      undo: () => run(() => invoke('history.undo', { planId })),
      redo: () => run(() => invoke('history.redo', { planId })),
    } satisfies PlanDoc;
  }, [store, snapshot, pending, failed, run, planId]);
}

function noSubscribe(): () => void {
  return () => undefined;
}
