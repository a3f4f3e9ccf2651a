// The views' frame-time bench page (built by Vite, driven by browser.ts in headless Chromium).
// Each scenario renders a view's pure panel with synthetic snapshots and replaces the snapshot
// 8 times a second (the rate useSnapshot takes them in the app) while rAF stamps every frame.
// window.__bench.frames(name, ms) returns the gaps between frames; firstFrame(layers, files) the
// time from rendering the layer view to the first frame painted after it.

import { createElement, type ReactElement } from 'react';
import '../../../src/ui/views/namespaces/namespaces.css';
import '../../../src/ui/views/cgroups/cgroups.css';
import '../../../src/ui/views/mounts/mounts.css';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { NamespacesPanel } from '../../../src/ui/views/namespaces/NamespacesPanel';
import { CgroupsPanel } from '../../../src/ui/views/cgroups/CgroupsPanel';
import { MachinePanel } from '../../../src/ui/views/mounts/MachinePanel';
import { makeProcessSnapshot } from './namespaces.fixture';
import { makeCgroupSnapshots } from './cgroups.fixture';
import { machineFixture } from './mounts.fixture';
import { layersScenario, layersFirstFrame } from './page-layers';
import { traceScenario } from './trace.fixture';

export interface FrameResult {
  readonly frames: number;
  readonly gaps: number[];
  readonly longTasks: number[];
  readonly updates: number;
}

/** A panel inside its view's box, with the view's CSS, as index.tsx shows it in the app. */
export function inView(className: string, panel: ReactElement): ReactElement {
  return createElement('section', { className }, panel);
}

/** A scenario: the n-th snapshot's element (n counts the 8 Hz updates). */
export type Scenario = (n: number) => ReactElement;

function namespacesScenario(): Scenario {
  const base = makeProcessSnapshot(200);
  return (n) => {
    // Every update: time and CPU advance; every 4th, one process leaves for another pid namespace.
    const processes = base.processes.map((p, i) =>
      i === n % base.processes.length && n % 4 === 0 ? { ...p, cpuNs: p.cpuNs + n, state: 'R' } : p,
    );
    const snapshot = { ...base, timeNs: base.timeNs + n * 125e6, processes };
    return createElement(NamespacesPanel, { snapshot, duration: 450 });
  };
}

function cgroupsScenario(): Scenario {
  const series = makeCgroupSnapshots(50, 480);
  return (n) =>
    inView(
      'cgroups-view',
      createElement(CgroupsPanel, { snapshot: series[n % series.length] ?? series[0]! }),
    );
}

function mountsScenario(): Scenario {
  // Every update one container's veth pair goes down and a tmpfs appears in its namespace.
  return (n) =>
    inView(
      'mounts-view',
      createElement(MachinePanel, { snapshot: machineFixture({ tick: n, churn: true }) }),
    );
}

const SCENARIOS: Record<string, () => Scenario> = {
  namespaces: namespacesScenario,
  cgroups: cgroupsScenario,
  mounts: mountsScenario,
  layers: layersScenario,
  trace: () => traceScenario(),
};

let root: Root | null = null;

function fresh(): Root {
  root?.unmount();
  const element = document.getElementById('root');
  if (!element) throw new Error('page.html has no #root');
  root = createRoot(element);
  return root;
}

function frames(name: string, durationMs: number): Promise<FrameResult> {
  const make = SCENARIOS[name];
  if (!make) throw new Error(`no scenario ${name}`);
  const scenario = make();
  const target = fresh();
  flushSync(() => target.render(scenario(0)));
  return new Promise((done) => {
    const stamps: number[] = [];
    const longTasks: number[] = [];
    let from = Infinity;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.startTime >= from) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    let updates = 0;
    let lastUpdate = 0;
    const tick = (t: number): void => {
      if (stamps.length === 0) {
        // The set-up (fixtures, first render) is over: measure from this frame on.
        from = t;
        lastUpdate = t;
      }
      stamps.push(t);
      if (t - lastUpdate >= 125) {
        lastUpdate = t;
        updates++;
        target.render(scenario(updates));
      }
      if (t - from < durationMs) {
        requestAnimationFrame(tick);
        return;
      }
      observer.disconnect();
      const gaps = stamps.slice(1).map((s, i) => s - (stamps[i] ?? s));
      done({ frames: stamps.length, gaps: gaps.sort((a, b) => a - b), longTasks, updates });
    };
    requestAnimationFrame(() => requestAnimationFrame(tick));
  });
}

function firstFrame(layers: number, files: number): Promise<number> {
  const target = fresh();
  return layersFirstFrame(target, layers, files);
}

declare global {
  interface Window {
    __bench?: { frames: typeof frames; firstFrame: typeof firstFrame };
  }
}

window.__bench = { frames, firstFrame };
