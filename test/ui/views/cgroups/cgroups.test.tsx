// The cgroup view with a synthetic series of snapshots (test/bench/views/cgroups.fixture.ts): the
// tree's rows and bars, the chart's lines, throttling bands and OOM points, the selection, the
// table and the summary sentence; and the rate arithmetic of history.ts on CFS bursts.

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CgroupsPanel } from '../../../../src/ui/views/cgroups/CgroupsPanel';
import { cpuPctAt, createHistory, record, type CgroupSample } from '../../../../src/ui/views/cgroups/history';
import type { CgroupSnapshot } from '../../../../src/world/inspect/types';
import { containerPath, makeCgroupSnapshots } from '../../../bench/views/cgroups.fixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function play(snapshots: readonly CgroupSnapshot[]): void {
  for (const s of snapshots) act(() => root.render(<CgroupsPanel snapshot={s} />));
}

const row = (path: string): HTMLElement => {
  const el = host.querySelector<HTMLElement>(`li[data-path="${path}"]`);
  if (!el) throw new Error(`no row for ${path}`);
  return el;
};
const barLabel = (path: string, kind: string): string =>
  row(path).querySelector(`.cg-bar-${kind} .cg-bar-label`)?.textContent ?? '';
const barWidth = (path: string, kind: string): string =>
  row(path).querySelector<HTMLElement>(`.cg-bar-${kind} .cg-bar-fill`)?.style.width ?? '';
const summary = (): string => host.querySelector('#cgroups-summary')?.textContent ?? '';

describe('CgroupsPanel', () => {
  it('draws every cgroup as a row, indented under its parent, with CPU, memory and pids bars', () => {
    play(makeCgroupSnapshots(8, 80));
    const rows = host.querySelectorAll('li.cg-row');
    expect(rows).toHaveLength(8);
    const indent = (path: string): string =>
      row(path).querySelector<HTMLElement>('.cg-name')!.style.marginLeft;
    expect(indent('/')).toBe('0rem');
    expect(indent(containerPath(0))).toBe('1.8rem');
    // Container 0: a busy loop under a 20 % quota — its bar is full, its label says so.
    expect(barLabel(containerPath(0), 'cpu')).toBe('20 % · quota 20 %');
    expect(barWidth(containerPath(0), 'cpu')).toBe('100%');
    // Container 2: 30 % of one CPU with no quota, against the machine's 2 CPUs.
    expect(barLabel(containerPath(2), 'cpu')).toBe('30 % · no quota');
    expect(barWidth(containerPath(2), 'cpu')).toBe('15%');
    expect(barLabel(containerPath(0), 'mem')).toBe('8 MiB / 64 MiB');
    expect(barWidth(containerPath(0), 'mem')).toBe('12.5%');
    expect(barLabel(containerPath(1), 'mem')).toBe('16 MiB / no limit');
    expect(barLabel(containerPath(0), 'pids')).toBe('1 / 20');
    expect(barLabel(containerPath(1), 'pids')).toBe('2 / max');
    expect(row(containerPath(1)).querySelector('.cg-procs')?.textContent).toBe('sh (1010), sleep (1011)');
    expect(row(containerPath(1)).querySelector('.cg-name')?.textContent).toMatch(
      /^docker-[0-9a-f]{12}….scope OOM ×1$/,
    );
  });

  it('charts the busiest group by default: CPU against its quota, throttling shaded, in words too', () => {
    play(makeCgroupSnapshots(8, 80));
    // Container 4: a busy loop under a 50 % quota, the busiest.
    const selected = host.querySelector('.cg-name[aria-pressed="true"]');
    expect(selected?.getAttribute('title')).toBe(containerPath(4));
    expect(summary()).toBe(
      `${selected?.textContent}: CPU 50 % of one CPU, quota 50 %, throttled in 50 of 50 periods (last 5 s)`,
    );
    const svg = host.querySelector('svg.cg-chart');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(summary());
    expect(svg?.querySelector('.cg-cpu-line')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(svg?.querySelector('.cg-quota-line')?.getAttribute('d')).toMatch(/^M/);
    expect(svg?.querySelectorAll('.cg-throttle-band')).toHaveLength(1);
    expect(svg?.querySelectorAll('.cg-oom')).toHaveLength(0);
  });

  it('reads a --cpu-quota=20000 busy loop as a flat line at 20 %, and marks an OOM kill when chosen', () => {
    const series = makeCgroupSnapshots(8, 80);
    play(series.slice(0, 2));
    const button = (path: string): HTMLButtonElement => row(path).querySelector('button')!;
    act(() => button(containerPath(0)).click());
    play(series.slice(2));
    expect(button(containerPath(0)).getAttribute('aria-pressed')).toBe('true');
    expect(summary()).toMatch(
      /: CPU 20 % of one CPU, quota 20 %, throttled in 50 of 50 periods \(last 5 s\)$/,
    );
    // Flat: every point of the CPU line after the first second has the same y, the quota line's.
    const d = host.querySelector('.cg-cpu-line')?.getAttribute('d') ?? '';
    const ys = [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    const quotaY = Number(
      /^M[\d.]+,([\d.]+)/.exec(host.querySelector('.cg-quota-line')?.getAttribute('d') ?? '')?.[1],
    );
    expect(new Set(ys.slice(8).map((y) => y.toFixed(3)))).toEqual(new Set([quotaY.toFixed(3)]));
    act(() => button(containerPath(1)).click());
    expect(summary()).toMatch(
      /: CPU 5 % of one CPU, quota 50 %, throttled in 0 of 50 periods \(last 5 s\), 1 OOM kill$/,
    );
    expect(host.querySelectorAll('.cg-oom')).toHaveLength(1);
    expect(host.querySelector('.cg-oom title')?.textContent).toBe('OOM kill at 15.0 s');
  });

  it('offers the same facts as a table', () => {
    play(makeCgroupSnapshots(5, 20));
    expect(host.querySelector('.cg-table')).toBeNull();
    const details = host.querySelector('details.cg-details')!;
    act(() => {
      details.setAttribute('open', '');
      details.dispatchEvent(new Event('toggle'));
    });
    const rows = [...host.querySelectorAll('.cg-table tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      '/',
      '/system.slice',
      ...[0, 1, 2].map(containerPath).sort(),
    ]);
    const c0 = rows.find((r) => r.querySelector('th')?.textContent === containerPath(0));
    expect([...(c0?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      '20 %',
      '20 % (20000 of 100000 µs)',
      '23 of 23',
      '8 MiB',
      '64 MiB',
      '0',
      '1 of 20',
      'sh 1000',
    ]);
  });
});

describe('CPU rate over whole CFS periods', () => {
  const burst = (tNs: number): number => {
    const p = 100e6;
    return Math.floor(tNs / p) * 20e3 + Math.min((tNs % p) / 1000, 20e3);
  };
  const sample = (timeNs: number): CgroupSample => ({
    timeNs,
    usageUs: burst(timeNs),
    nrPeriods: 0,
    nrThrottled: 0,
    throttledUs: 0,
    oomKills: 0,
    quotaPct: 20,
    periodUs: 100000,
  });

  it('gives 20 % for a 20 ms-per-100 ms burst pattern whatever the sampling jitter', () => {
    // Frame-driven sampling: 8 Hz with up to ±30 ms of jitter.
    const times = Array.from({ length: 80 }, (_, i) => 1e9 + i * 125e6 + ((i * 7919) % 61) * 1e6 - 30e6);
    const samples = times.map(sample);
    for (let i = 20; i < samples.length; i++) {
      const pct = cpuPctAt(samples, i)!;
      expect(pct).toBeGreaterThan(19);
      expect(pct).toBeLessThan(21);
    }
  });

  it('drops samples older than a minute and forgets removed cgroups', () => {
    const series = makeCgroupSnapshots(4, 600);
    const h = createHistory();
    for (const s of series) record(h, s);
    expect(h.samples.get('/')!.length).toBeLessThanOrEqual(482);
    const last = series.at(-1)!;
    record(h, { ...last, timeNs: last.timeNs + 1, cgroups: last.cgroups.slice(0, 2) });
    expect([...h.samples.keys()]).toEqual(['/', '/system.slice']);
  });
});
