// The selected path: which layer provides it (or, for a whiteout, which lower file it deletes),
// its kind, mode and size, and its first few KB as text (or hex for binary content).

import type { FileContent, LayerNode, StackLayer } from '../../../world/inspect/layers/types';
import { humanSize } from './rows';

export interface Detail {
  readonly path: string;
  /** The layer that holds the entry shown (the provider in the merged view). */
  readonly layer: number | undefined;
  readonly node: LayerNode | undefined;
  /** For a whiteout: the layer whose entry it deletes. */
  readonly deletes?: number;
  readonly content: FileContent | undefined;
}

interface Props {
  readonly detail: Detail | null;
  readonly layers: readonly StackLayer[];
}

function layerName(layers: readonly StackLayer[], i: number | undefined): string {
  const l = i === undefined ? undefined : layers[i];
  if (!l) return 'no layer (it does not exist here)';
  if (l.kind === 'upper') return `L${i}, the container's upper dir`;
  if (l.kind === 'init') return `L${i}, the container's -init layer`;
  return `L${i}: ${l.instruction || l.createdBy || '(no created_by)'}`;
}

function text(c: FileContent): string {
  const bytes = c.bytes;
  if (bytes.includes(0)) {
    const hex = Array.from(bytes.slice(0, 256), (b) => b.toString(16).padStart(2, '0'));
    return `binary file, first bytes:\n${hex.join(' ')}`;
  }
  return new TextDecoder().decode(bytes) + (c.truncated ? `\n… (${humanSize(c.size)} in all)` : '');
}

export function FileDetail({ detail, layers }: Props) {
  if (!detail)
    return (
      <section className="ld-panel" aria-label="Selected path">
        <p className="ld-hint">Select a path (click, or Enter in the tree) to see which layer provides it.</p>
      </section>
    );
  const n = detail.node;
  return (
    <section className="ld-panel" aria-label="Selected path" aria-live="polite">
      <h3 className="ld-path">{detail.path}</h3>
      {n?.kind === 'whiteout' ? (
        <p>
          Whiteout (character device 0/0) in {layerName(layers, detail.layer)}: deletes what{' '}
          {layerName(layers, detail.deletes)} provides.
        </p>
      ) : (
        <p>Provided by {layerName(layers, detail.layer)}</p>
      )}
      {n && n.kind !== 'whiteout' ? (
        <p className="ld-meta">
          {n.opaque ? 'opaque directory' : n.kind} · mode {(n.mode & 0o7777).toString(8).padStart(4, '0')} ·{' '}
          {n.kind === 'dir' ? `${n.count} entries, ${humanSize(n.total)}` : humanSize(n.size)}
          {n.kind === 'symlink' ? ` · → ${n.target ?? ''}` : ''}
        </p>
      ) : null}
      {detail.content ? <pre className="ld-content">{text(detail.content)}</pre> : null}
    </section>
  );
}
