// The right-hand region, reserved for the views later issues add. For now it says what will be
// there, so the layout and the landmark are in place.

import type { Ref } from 'react';

export function ViewsPanel({ ref }: { readonly ref: Ref<HTMLElement> }) {
  return (
    <aside ref={ref} className="views-panel" aria-labelledby="views-title" tabIndex={-1}>
      <h2 id="views-title">Inside the machine</h2>
      <p>This panel will draw what your commands do inside the kernel, live:</p>
      <ul>
        <li>
          <strong>Namespaces</strong>: which processes share a PID, mount, network or UTS namespace.
        </li>
        <li>
          <strong>Control groups</strong>: the cgroup tree with CPU and memory limits and usage.
        </li>
        <li>
          <strong>Layers</strong>: an image&apos;s overlay layers, whiteouts and the container&apos;s upper
          directory.
        </li>
        <li>
          <strong>Lessons</strong>: short exercises, checked against the machine&apos;s real state.
        </li>
      </ul>
      <p className="muted">
        Not drawn yet. The terminal on the left is live: try <code>echo hello</code>.
      </p>
    </aside>
  );
}
