// The mount tree of one mount namespace as nested lists: each mount point with its filesystem
// type badge and source; overlay mounts open (a <details>) to their lowerdir stack (top layer
// first), upperdir and workdir; per-mount and filesystem options and propagation on demand.
// Pure: draws what it is given (a MountNamespaceInfo), so tests and benches use synthetic data.

import type { MountNamespaceInfo } from '../../../world/inspect/types';
import { mountTree, type MountNode } from './mountTree';
import { useT } from '../../i18n/react';

interface Props {
  readonly ns: MountNamespaceInfo;
  readonly showOptions: boolean;
}

function Badges({ node }: { readonly node: MountNode }) {
  return (
    <>
      <span className={`mnt-badge mnt-${node.kind}`}>{node.mount.fstype}</span>
      {node.bind && <span className="mnt-badge mnt-bind">bind</span>}
    </>
  );
}

function Options({ node }: { readonly node: MountNode }) {
  const { t } = useT('views');
  const m = node.mount;
  return (
    <dl className="mnt-options">
      <dt>{t('mounts.optMount')}</dt>
      <dd>{m.options}</dd>
      <dt>{t('mounts.optFs')}</dt>
      <dd>{m.superOptions}</dd>
      <dt>{t('mounts.optPropagation')}</dt>
      <dd>{m.optionalFields ? `${m.propagation} (${m.optionalFields})` : m.propagation}</dd>
      {node.bind && (
        <>
          <dt>{t('mounts.optRoot')}</dt>
          <dd>{m.root}</dd>
        </>
      )}
    </dl>
  );
}

function OverlayLayers({ node }: { readonly node: MountNode }) {
  const { t } = useT('views');
  const o = node.mount.overlay;
  if (!o) return null;
  return (
    <ol className="ovl-stack" aria-label={t('mounts.overlayLayers', { target: node.mount.target })}>
      <li className="ovl-upper">
        <span className="ovl-role">upperdir</span> <code>{o.upperdir || t('mounts.noUpper')}</code>
      </li>
      {o.lowerdir.map((dir, i) => (
        <li key={`${i}:${dir}`} className="ovl-lower">
          <span className="ovl-role">lowerdir {i + 1}</span> <code>{dir}</code>
        </li>
      ))}
      {o.workdir && (
        <li className="ovl-work">
          <span className="ovl-role">workdir</span> <code>{o.workdir}</code>
        </li>
      )}
    </ol>
  );
}

function MountRow({ node, showOptions }: { readonly node: MountNode; readonly showOptions: boolean }) {
  const m = node.mount;
  const head = (
    <>
      <code className="mnt-target">{m.target}</code> <Badges node={node} />{' '}
      <span className="mnt-source">{m.source}</span>
    </>
  );
  return (
    <li data-mount-id={m.id} data-fstype={m.fstype}>
      {m.overlay ? (
        <details className="mnt-overlay" open={m.target === '/'}>
          <summary>{head}</summary>
          <OverlayLayers node={node} />
        </details>
      ) : (
        <div className="mnt-row">{head}</div>
      )}
      {showOptions && <Options node={node} />}
      {node.children.length > 0 && <MountList nodes={node.children} showOptions={showOptions} />}
    </li>
  );
}

function MountList({
  nodes,
  showOptions,
}: {
  readonly nodes: readonly MountNode[];
  readonly showOptions: boolean;
}) {
  return (
    <ul className="mnt-list">
      {nodes.map((n) => (
        <MountRow key={n.mount.id} node={n} showOptions={showOptions} />
      ))}
    </ul>
  );
}

export function MountTree({ ns, showOptions }: Props) {
  const { t } = useT('views');
  const roots = mountTree(ns.mounts);
  return (
    <div className="mnt-tree" aria-label={t('mounts.mountsOf', { nsName: `mnt:[${ns.inode}]` })} role="group">
      <MountList nodes={roots} showOptions={showOptions} />
    </div>
  );
}
