// The height of a scrolling element, kept current with a ResizeObserver, for virtualised lists:
// `fallback` until the element is laid out (jsdom never lays out).

import { useLayoutEffect, useState, type RefObject } from 'react';

export function useViewportHeight(ref: RefObject<HTMLDivElement | null>, fallback: number): number {
  const [height, setHeight] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (el.clientHeight > 0) setHeight(el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (el.clientHeight > 0) setHeight(el.clientHeight);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
