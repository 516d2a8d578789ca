// What a key pressed in the plan list does: move to another plan, open it, rename it (F2) or delete it (Delete).

export type ListKeyAction =
  { kind: 'move'; to: number } | { kind: 'open' } | { kind: 'rename' } | { kind: 'delete' } | null;

/** The action of `key` on the plan at `index` of `count`; null for a key the list leaves to others. */
export function listKeyAction(key: string, index: number, count: number): ListKeyAction {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', to: Math.min(index + 1, last) };
    case 'ArrowUp':
      return { kind: 'move', to: Math.max(index - 1, 0) };
    case 'Home':
      return { kind: 'move', to: 0 };
    case 'End':
      return { kind: 'move', to: last };
    case 'Enter':
    case ' ':
      return { kind: 'open' };
    case 'F2':
      return { kind: 'rename' };
    case 'Delete':
      return { kind: 'delete' };
    default:
      return null;
  }
}
