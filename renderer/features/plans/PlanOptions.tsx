// The plans as a listbox of options, nothing interactive inside them: one Tab stop, ↑/↓/Home/End move, Enter opens,
// F2 renames, Delete asks to delete, a click opens and a double click renames.
import {
  forwardRef,
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { PlanSummary } from '../../../shared/domain/plan';
import { TEMPLATES } from '../../../shared/templates/kinds';
import { listKeyAction } from './list-keys';

export interface PlanOptionsProps {
  plans: readonly PlanSummary[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  onRename: (plan: PlanSummary) => void;
  onDelete: (plan: PlanSummary) => void;
}

export interface PlanOptionsHandle {
  /** Puts the focus on the plan the list stands on (after a dialog that took it away closes). */
  focus: () => void;
}

export const PlanOptions = forwardRef<PlanOptionsHandle, PlanOptionsProps>(function PlanOptions(
  { plans, selectedId, onOpen, onRename, onDelete },
  ref,
) {
  const list = useRef<HTMLUListElement>(null);
  const active = useActiveIndex(plans, selectedId);
  const optionAt = (index: number) => list.current?.querySelectorAll<HTMLElement>('[role="option"]')[index];
  const focusAt = (index: number) => {
    active.set(index);
    optionAt(index)?.focus();
  };
  // Asked for while the list is about to change (a plan deleted): the focus goes in once the list is redrawn.
  const [focusRequests, setFocusRequests] = useState(0);
  useImperativeHandle(ref, () => ({ focus: () => setFocusRequests((n) => n + 1) }), []);
  const focusActive = useEffectEvent(() => optionAt(active.index)?.focus());
  useEffect(() => {
    if (focusRequests > 0) focusActive();
  }, [focusRequests]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const plan = plans[active.index];
    const action = listKeyAction(e.key, active.index, plans.length);
    if (!action || !plan || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    if (action.kind === 'move') focusAt(action.to);
    else if (action.kind === 'open') onOpen(plan.id);
    else if (action.kind === 'rename') onRename(plan);
    else onDelete(plan);
  };

  return (
    <ul ref={list} className="pd-plan-list" role="listbox" aria-label="方案" onKeyDown={onKeyDown}>
      {plans.map((p, i) => (
        <li
          key={p.id}
          role="option"
          className="pd-plan-item"
          aria-selected={p.id === selectedId}
          tabIndex={i === active.index ? 0 : -1}
          onFocus={() => active.set(i)}
          onClick={() => onOpen(p.id)}
          onDoubleClick={() => onRename(p)}
        >
          <span className="pd-plan-item-title">{p.title}</span>
          <span className="pd-plan-item-meta">
            {TEMPLATES[p.kind].name} · {p.year} · {p.itemCount} 项
          </span>
          <span className="pd-plan-item-meta">{[p.issuer, p.docNo].filter(Boolean).join(' ')}</span>
        </li>
      ))}
    </ul>
  );
});

/**
 * The plan the list stands on (its one Tab stop): the one last focused while it is still listed, else the open plan,
 * else the one now at the place of the plan that went away, else the first.
 */
function useActiveIndex(plans: readonly PlanSummary[], selectedId: string | null) {
  const [last, setLast] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  let index = plans.findIndex((p) => p.id === last.id);
  if (index < 0) index = plans.findIndex((p) => p.id === selectedId);
  if (index < 0) index = Math.min(last.index, Math.max(plans.length - 1, 0));
  return { index, set: (i: number) => setLast({ id: plans[i]?.id ?? null, index: i }) };
}
