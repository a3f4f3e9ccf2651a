// Seeded random overlay workloads for the differential test: two lower layers and an upper layer
// populated over a small name space, then a sequence of file operations on the merged tree.
// Everything is derived from one integer seed (mulberry32), so a failing seed replays exactly.

/** Every name the layers and the operations use: parents come before their children. */
export const POOL = [
  'a',
  'b',
  'x',
  'd',
  'd/a',
  'd/b',
  'd/s',
  'd/s/a',
  'e',
  'e/a',
  'e/s',
  'e/s/b',
  'x/a',
] as const;

/** Names that are mostly directories in the layers (so that paths below them often resolve). */
const DIR_NAMES: readonly string[] = ['d', 'e', 'd/s', 'e/s'];
const LINK_TARGETS = ['a', 'd', '../a', 'nowhere', 's/a', 'e/s'];
const MODES = [0o600, 0o644, 0o700, 0o755, 0o711];

export type LayerEntry =
  | { kind: 'dir'; path: string; opaque: boolean }
  | { kind: 'file'; path: string; data: string }
  | { kind: 'symlink'; path: string; target: string }
  | { kind: 'link'; path: string; target: string }
  | { kind: 'whiteout'; path: string };

export type Op =
  | { op: 'write' | 'append'; path: string; data: string }
  | { op: 'truncate'; path: string; len: number }
  | { op: 'chmod'; path: string; mode: number }
  | { op: 'unlink' | 'rmdir' | 'rmtree' | 'mkdir' | 'cat' | 'ls' | 'stat'; path: string }
  | { op: 'rename' | 'link'; from: string; to: string }
  | { op: 'symlink'; target: string; path: string }
  | { op: 'remount' };

export interface Workload {
  readonly seed: number;
  /** Mount with redirect_dir=on (merged directories can be renamed) instead of off. */
  readonly redirectDir: boolean;
  /** lowerdir=L1:L2 — L1 is on top. */
  readonly l1: LayerEntry[];
  readonly l2: LayerEntry[];
  readonly upper: LayerEntry[];
  readonly ops: Op[];
}

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

function weighted<T extends string>(rng: Rng, weights: Record<T, number>): T {
  const keys = Object.keys(weights) as T[];
  let r = rng() * keys.reduce((s, k) => s + weights[k], 0);
  for (const k of keys) {
    r -= weights[k];
    if (r < 0) return k;
  }
  return keys[keys.length - 1]!;
}

const parentOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

function makeLayer(rng: Rng, density: number, top: boolean, tag: string): LayerEntry[] {
  const out: LayerEntry[] = [];
  const dirs = new Set<string>(['']);
  const files: string[] = [];
  for (const path of POOL) {
    if (!dirs.has(parentOf(path)) || rng() >= density) continue;
    const dirLike = DIR_NAMES.includes(path);
    const kind = weighted(rng, {
      dir: dirLike ? 6 : 1,
      file: dirLike ? 1.5 : 5,
      symlink: 1,
      link: files.length > 0 ? 0.5 : 0,
      whiteout: top ? 1 : 0,
    });
    if (kind === 'dir') {
      dirs.add(path);
      out.push({ kind, path, opaque: top && rng() < 0.2 });
    } else if (kind === 'file') {
      files.push(path);
      out.push({ kind, path, data: `${tag}:${path}\n` });
    } else if (kind === 'symlink') out.push({ kind, path, target: pick(rng, LINK_TARGETS) });
    else if (kind === 'link') out.push({ kind, path, target: pick(rng, files) });
    else out.push({ kind, path });
  }
  return out;
}

function makeOp(rng: Rng, n: number): Op {
  const path = pick(rng, rng() < 0.3 ? DIR_NAMES : POOL);
  const op = weighted(rng, {
    write: 3,
    append: 2,
    truncate: 1,
    chmod: 1,
    unlink: 3,
    rmdir: 2,
    rmtree: 2,
    mkdir: 3,
    cat: 1,
    ls: 2,
    stat: 1,
    rename: 3,
    link: 1,
    symlink: 1,
    remount: 0.5,
  });
  switch (op) {
    case 'write':
    case 'append':
      return { op, path, data: `${op[0]}${n}\n` };
    case 'truncate':
      return { op, path, len: pick(rng, [0, 1, 3, 9]) };
    case 'chmod':
      return { op, path, mode: pick(rng, MODES) };
    case 'rename':
    case 'link':
      return { op, from: path, to: pick(rng, POOL) };
    case 'symlink':
      return { op, target: pick(rng, LINK_TARGETS), path };
    case 'remount':
      return { op };
    default:
      return { op, path };
  }
}

export function generate(seed: number, redirectDir = false): Workload {
  const rng = mulberry32(seed);
  const l2 = makeLayer(rng, 0.7, false, 'L2');
  const l1 = makeLayer(rng, 0.5, true, 'L1');
  const upper = makeLayer(rng, 0.25, true, 'U');
  const count = 30 + Math.floor(rng() * 51);
  const ops = Array.from({ length: count }, (_, i) => makeOp(rng, i));
  return { seed, redirectDir, l1, l2, upper, ops };
}

export function describeOp(o: Op): string {
  switch (o.op) {
    case 'write':
    case 'append':
      return `${o.op} ${o.path} ${JSON.stringify(o.data)}`;
    case 'truncate':
      return `truncate ${o.path} ${o.len}`;
    case 'chmod':
      return `chmod ${o.path} ${o.mode.toString(8)}`;
    case 'rename':
    case 'link':
      return `${o.op} ${o.from} ${o.to}`;
    case 'symlink':
      return `symlink ${o.target} ${o.path}`;
    case 'remount':
      return 'remount';
    default:
      return `${o.op} ${o.path}`;
  }
}

export function describeLayer(entries: readonly LayerEntry[]): string {
  return entries
    .map((e) => {
      if (e.kind === 'dir') return `${e.path}/${e.opaque ? ' (opaque)' : ''}`;
      if (e.kind === 'file') return `${e.path}=${JSON.stringify(e.data)}`;
      if (e.kind === 'symlink') return `${e.path} -> ${e.target}`;
      if (e.kind === 'link') return `${e.path} == ${e.target}`;
      return `${e.path} (whiteout)`;
    })
    .join(', ');
}

export function describeWorkload(w: Workload): string {
  return [
    `seed ${w.seed}${w.redirectDir ? ' (redirect_dir=on)' : ''}`,
    `L1: ${describeLayer(w.l1)}`,
    `L2: ${describeLayer(w.l2)}`,
    `U: ${describeLayer(w.upper)}`,
    ...w.ops.map((o, i) => `${i}: ${describeOp(o)}`),
  ].join('\n');
}
