// One row of the file tree: a twisty for directories, the mark as a coloured letter (A added,
// M modified, D deleted, O opaque: never colour alone), a kind sign, the name (a whiteout struck
// through, a symlink with its target), the size, and in the merged view the providing layer.

import type { Row } from './rows';
import { humanSize } from './rows';
import { MARK_LETTER } from '../../../world/inspect/layers/merge';
import { tx } from '../../i18n/react';

const KIND_SIGN: Readonly<Record<string, string>> = {
  dir: '▤',
  file: '·',
  symlink: '↪',
  whiteout: '⊘',
  other: '◇',
};

/** What a screen reader hears for a row: name, kind, mark, size, origin. */
export function rowLabel(row: Row): string {
  const n = row.node;
  const kind =
    n.kind === 'whiteout'
      ? tx('views:layers.kind.whiteoutLong')
      : n.kind === 'dir'
        ? tx(n.opaque ? 'views:layers.kind.opaque' : 'views:layers.kind.dir')
        : n.kind === 'symlink'
          ? tx('views:layers.kind.symlinkTo', { target: n.target ?? '' })
          : n.kind === 'file'
            ? tx('views:layers.kind.file')
            : tx('views:layers.kind.other');
  const parts = [row.name, kind];
  if (row.mark && row.mark !== 'unchanged' && row.mark !== 'opaque' && n.kind !== 'whiteout')
    parts.push(tx(`views:layers.mark.${row.mark}`));
  if (n.kind === 'file') parts.push(humanSize(n.size));
  if (n.kind === 'dir' && row.layer === undefined)
    parts.push(tx('views:layers.entries', { count: n.count, size: humanSize(n.total) }));
  if (row.layer !== undefined) parts.push(tx('views:layers.fromLayer', { layer: row.layer }));
  return parts.join(tx('views:layers.sep'));
}

interface Props {
  readonly row: Row;
  readonly id: string;
  readonly top: number;
  readonly active: boolean;
  readonly selected: boolean;
  onClick(): void;
}

export function FileRow({ row, id, top, active, selected, onClick }: Props) {
  const n = row.node;
  const mark = n.kind === 'whiteout' ? 'deleted' : n.opaque ? 'opaque' : (row.mark ?? 'unchanged');
  return (
    <div
      id={id}
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.pos}
      aria-setsize={row.siblings}
      aria-selected={selected}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-label={rowLabel(row)}
      className={`lt-row lt-${mark}${active ? ' lt-active' : ''}${selected ? ' lt-selected' : ''}`}
      style={{ top, paddingLeft: 6 + (row.level - 1) * 14 }}
      onClick={onClick}
    >
      <span className="lt-twisty" aria-hidden="true">
        {row.expandable ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      <span className="lt-mark" aria-hidden="true">
        {row.mark !== undefined || n.kind === 'whiteout' || n.opaque ? MARK_LETTER[mark] : ''}
      </span>
      <span className="lt-kind" aria-hidden="true">
        {KIND_SIGN[n.kind]}
      </span>
      <span className="lt-name" aria-hidden="true">
        {row.name}
        {n.kind === 'dir' ? '/' : ''}
        {n.kind === 'symlink' ? ` → ${n.target ?? ''}` : ''}
        {n.opaque ? tx('views:layers.opaqueSuffix') : ''}
      </span>
      <span className="lt-size" aria-hidden="true">
        {n.kind === 'dir'
          ? row.layer === undefined
            ? humanSize(n.total)
            : ''
          : n.kind === 'whiteout'
            ? 'c 0,0'
            : humanSize(n.size)}
      </span>
      {row.layer !== undefined ? (
        <span className="lt-from" aria-hidden="true">
          L{row.layer}
        </span>
      ) : null}
    </div>
  );
}
