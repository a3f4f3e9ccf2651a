// The selected path: which layer provides it (or, for a whiteout, which lower file it deletes),
// its kind, mode and size, and its first few KB as text (or hex for binary content).

import type { FileContent, LayerNode, StackLayer } from '../../../world/inspect/layers/types';
import { useT, tx } from '../../i18n/react';
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
  if (!l) return tx('views:layers.noLayer');
  if (l.kind === 'upper') return tx('views:layers.upperName', { i });
  if (l.kind === 'init') return tx('views:layers.initName', { i });
  return `L${i}: ${l.instruction || l.createdBy || tx('views:layers.noCreatedBy')}`;
}

function text(c: FileContent): string {
  const bytes = c.bytes;
  if (bytes.includes(0)) {
    const hex = Array.from(bytes.slice(0, 256), (b) => b.toString(16).padStart(2, '0'));
    return `${tx('views:layers.binary')}\n${hex.join(' ')}`;
  }
  const more = c.truncated ? `\n${tx('views:layers.inAll', { size: humanSize(c.size) })}` : '';
  return new TextDecoder().decode(bytes) + more;
}

export function FileDetail({ detail, layers }: Props) {
  const { t } = useT('views');
  if (!detail)
    return (
      <section className="ld-panel" aria-label={t('layers.selected')}>
        <p className="ld-hint">{t('layers.selectHint')}</p>
      </section>
    );
  const n = detail.node;
  return (
    <section className="ld-panel" aria-label={t('layers.selected')} aria-live="polite">
      <h3 className="ld-path">{detail.path}</h3>
      {n?.kind === 'whiteout' ? (
        <p>
          {t('layers.whiteoutIn', {
            layer: layerName(layers, detail.layer),
            deletes: layerName(layers, detail.deletes),
          })}
        </p>
      ) : (
        <p>{t('layers.providedBy', { layer: layerName(layers, detail.layer) })}</p>
      )}
      {n && n.kind !== 'whiteout' ? (
        <p className="ld-meta">
          {n.opaque ? t('layers.kind.opaque') : t(`layers.kind.${n.kind}`)} ·{' '}
          {t('layers.mode', { mode: (n.mode & 0o7777).toString(8).padStart(4, '0') })} ·{' '}
          {n.kind === 'dir'
            ? t('layers.entries', { count: n.count, size: humanSize(n.total) })
            : humanSize(n.size)}
          {n.kind === 'symlink' ? ` · → ${n.target ?? ''}` : ''}
        </p>
      ) : null}
      {detail.content ? <pre className="ld-content">{text(detail.content)}</pre> : null}
    </section>
  );
}
