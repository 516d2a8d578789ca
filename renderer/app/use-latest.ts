// The latest value of a prop, for handlers kept from a first render (a window listener, the grid's callbacks): written
// after each commit, never during render.
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
