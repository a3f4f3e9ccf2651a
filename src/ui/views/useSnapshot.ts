// useSnapshot: re-take a snapshot of the world after the machine ran, at most `hz` times a second,
// and only while the view is active. The snapshot function must be cheap enough for that rate.

import { useEffect, useRef, useState } from 'react';
import type { World } from '../../world/types';
import type { Machine } from '../machine';

export function useSnapshot<T>(
  machine: Machine,
  active: boolean,
  take: (world: World) => T,
  hz = 8,
): T | null {
  const [value, setValue] = useState<T | null>(null);
  const takeRef = useRef(take);
  takeRef.current = take;
  useEffect(() => {
    if (!active) return;
    let last = -Infinity;
    const refresh = (force: boolean): void => {
      const world = machine.store.getState().world;
      if (!world) return;
      const now = performance.now();
      if (!force && now - last < 1000 / hz) return;
      last = now;
      setValue(takeRef.current(world));
    };
    refresh(true);
    const offPump = machine.onAfterPump(() => refresh(false));
    const offStore = machine.store.subscribe(() => refresh(false));
    return () => {
      offPump();
      offStore();
    };
  }, [machine, active, hz]);
  return value;
}
