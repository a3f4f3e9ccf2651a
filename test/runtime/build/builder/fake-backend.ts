// A fake engine for builder tests: images resolve from the store only, RUN applies scripted
// effects (keyed by the command line) to an upper tree, container IDs count up, the clock ticks
// one millisecond per reading. Also helpers to run builds and print what docker would.

import { encode } from '../../../../src/lib/utf8';
import type { BuildBackend, BuildOptions, BuildResult } from '../../../../src/runtime/build/builder';
import { build } from '../../../../src/runtime/build/builder';
import type { BuildContext } from '../../../../src/runtime/build/context';
import { contextFromTree, humanSizeWithPrecision } from '../../../../src/runtime/build/context';
import type { ImageRecord, RunConfig } from '../../../../src/runtime/image';
import { ImageStore, encodeLayer, importImage, parseNormalizedNamed } from '../../../../src/runtime/image';
import type { DirNode, TreeNode } from '../../../../src/runtime/image/tree';
import { dirNode } from '../../../../src/runtime/image/tree';
import type { Gen } from '../../../../src/userland/sys';

export interface RunEffect {
  readonly stdout?: string;
  readonly stderr?: string;
  readonly status?: number;
  /** Fill the container's upper directory (whiteouts as { kind: 'whiteout' }). */
  readonly files?: (upper: DirNode, now: number) => void;
  readonly error?: string;
}

export class FakeBackend implements BuildBackend {
  readonly store = new ImageStore();
  readonly effects = new Map<string, RunEffect>();
  readonly runs: RunConfig[] = [];
  readonly removed: string[] = [];
  private ids = 0;
  clock = 1_795_599_350_000_000_000n;

  private *nextId(): Gen<string> {
    this.ids++;
    return this.ids.toString(16).padStart(4, '0').repeat(16);
  }

  *resolve(ref: string): Gen<ImageRecord | string> {
    const r = this.store.resolve(ref);
    return r.ok
      ? r.image
      : `pull access denied for ${ref}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
  }

  *run(
    _image: ImageRecord | undefined,
    config: RunConfig,
    started: (id: string) => Gen<void>,
    streams: { stdout(d: Uint8Array): Gen<void>; stderr(d: Uint8Array): Gen<void> },
  ) {
    this.runs.push(config);
    const effect = this.effects.get((config.Cmd ?? []).join(' ')) ?? {};
    if (effect.error) return { error: effect.error };
    yield* started(yield* this.nextId());
    if (effect.stdout) yield* streams.stdout(encode(effect.stdout));
    if (effect.stderr) yield* streams.stderr(encode(effect.stderr));
    const upper = dirNode();
    effect.files?.(upper, Number((yield* this.now()) / 1_000_000_000n));
    return { status: effect.status ?? 0, layer: encodeLayer(upper) };
  }

  newContainerId(): Gen<string> {
    return this.nextId();
  }

  *removeContainer(id: string): Gen<void> {
    this.removed.push(id);
  }

  *now(): Gen<bigint> {
    this.clock += 1_000_000n;
    return this.clock;
  }
}

/** Run a generator that makes no system call. */
export function drive<T>(gen: Gen<T>): T {
  const r = gen.next();
  if (!r.done) throw new Error(`unexpected syscall ${r.value.nr}`);
  return r.value;
}

export function file(text: string | Uint8Array, mode = 0o644, mtime = 0): TreeNode {
  return { kind: 'file', mode, uid: 0, gid: 0, mtime, data: typeof text === 'string' ? encode(text) : text };
}

/** A tree from { 'a/b.txt': node }, directories 0755 created on the way. */
export function tree(entries: Record<string, TreeNode>, mtime = 0): DirNode {
  const root = dirNode();
  for (const [path, node] of Object.entries(entries)) {
    const parts = path.split('/');
    const base = parts.pop() ?? '';
    let dir = root;
    for (const c of parts) {
      let next = dir.children.get(c);
      if (!next || next.kind !== 'dir') {
        next = dirNode(0o755, mtime);
        dir.children.set(c, next);
      }
      dir = next;
    }
    dir.children.set(base, node);
  }
  return root;
}

/** dk-00: bb:base imported from a static busybox rootfs (1,982,256 bytes of busybox). */
export function importBase(be: FakeBackend, name = 'bb:base'): ImageRecord {
  const link = (target: string): TreeNode => ({
    kind: 'symlink',
    mode: 0o777,
    uid: 0,
    gid: 0,
    mtime: 0,
    target,
  });
  const entries: Record<string, TreeNode> = { 'bin/busybox': file(new Uint8Array(1_982_256), 0o755) };
  for (const c of [
    'sh',
    'ls',
    'cat',
    'echo',
    'mkdir',
    'rm',
    'touch',
    'true',
    'false',
    'sleep',
    'id',
    'hostname',
  ]) {
    entries[`bin/${c}`] = link('busybox');
  }
  entries['etc/passwd'] = file('root:x:0:0:root:/root:/bin/sh\n');
  entries['etc/old'] = file('old\n');
  entries['etc/keep'] = file('keep\n');
  entries['tmp'] = dirNode();
  const ref = parseNormalizedNamed(name);
  if (!ref.ok) throw new Error(ref.error);
  const image = importImage(be.store, encodeLayer(tree(entries)), {
    source: '-',
    now: 1_795_599_000_000_000_000n,
    ref: ref.ref,
  });
  if (typeof image === 'string') throw new Error(image);
  return image;
}

export function context(entries: Record<string, TreeNode>): BuildContext {
  const ctx = contextFromTree(tree(entries));
  if ('error' in ctx) throw new Error(ctx.error);
  return ctx;
}

export interface Built {
  readonly result: BuildResult;
  /** What docker build printed on stdout. */
  readonly out: string;
}

export function runBuild(be: FakeBackend, ctx: BuildContext, options: BuildOptions = {}): Built {
  let out = '';
  const sink = {
    *write(text: string): Gen<void> {
      out += text;
    },
  };
  const result = drive(build(be, ctx, options, sink));
  return { result, out };
}

/** `docker history --no-trunc --format '{{.CreatedBy}}|{{.Size}}' IMAGE`. */
export function history(be: FakeBackend, ref: string): string {
  const r = be.store.resolve(ref);
  if (!r.ok) throw new Error(r.error);
  const img = r.image;
  const rows: string[] = [];
  let layer = 0;
  for (const h of img.config.history) {
    let size = 0;
    if (!h.empty_layer) {
      const chain = img.layers[layer++];
      size = (chain && be.store.layer(chain)?.size) ?? 0;
    }
    rows.push(`${h.created_by ?? ''}|${humanSizeWithPrecision(size, 3)}`);
  }
  return rows.reverse().join('\n') + '\n';
}

/** The dk-03 filter: `grep -E '^Step|Using cache|Running in' | sed -E 's/[0-9a-f]{12}/<id>/'`. */
export function stepLines(out: string): string {
  return (
    out
      .split('\n')
      .filter((l) => /^Step|Using cache|Running in/.test(l))
      .map((l) => l.replace(/[0-9a-f]{12}/, '<id>'))
      .join('\n') + '\n'
  );
}
