// The layer view's picture, pure: takes the snapshot (images, containers, the chosen stack) and a
// file reader as props, so tests and the benchmark can draw it from synthetic data. Left: the
// stack, Dockerfile line → layer → lowerdir, the container's upper dir on top. Middle: the chosen
// layer's own tree with its marks, or the merged view with each path's providing layer. Right:
// the selected path and its first bytes. Above: dive's efficiency and the biggest waste.
// The efficiency is computed after the first frame, a few milliseconds per task (it visits every
// entry of every layer).

import { useEffect, useMemo, useRef, useState } from 'react';
import { efficiencySteps } from '../../../world/inspect/layers/efficiency';
import type { Efficiency } from '../../../world/inspect/layers/efficiency';
import { nodeAt, provider, splitPath } from '../../../world/inspect/layers/merge';
import type {
  ContainerLayersInfo,
  FileContent,
  ImageInfo,
  LayerNode,
  LayerStack,
} from '../../../world/inspect/layers/types';
import { EfficiencyPanel } from './EfficiencyPanel';
import { FileDetail } from './FileDetail';
import type { Detail } from './FileDetail';
import { FileTree } from './FileTree';
import { buildRows, makeLister } from './rows';
import type { Row, TreeMode } from './rows';
import { StackList } from './StackList';
import { useT } from '../../i18n/react';

export interface LayersDiagramProps {
  readonly images: readonly ImageInfo[];
  readonly containers: readonly ContainerLayersInfo[];
  readonly stack: LayerStack;
  readFile(path: string): FileContent | undefined;
}

/** Layers with at most this many entries open fully when shown (a container's upper dir). */
const OPEN_SMALL = 300;

/** The same array as last time when every tree is the same object (live snapshots). */
function useStableTrees(stack: LayerStack): readonly LayerNode[] {
  const ref = useRef<readonly LayerNode[]>([]);
  const trees = stack.layers;
  if (ref.current.length !== trees.length || trees.some((l, i) => l.tree !== ref.current[i]))
    ref.current = trees.map((l) => l.tree);
  return ref.current;
}

/** Milliseconds of efficiency work per task, so frames keep coming while a big stack is counted. */
const SLICE_MS = 6;

function useEfficiency(trees: readonly LayerNode[]): Efficiency | null {
  const [state, setState] = useState<{ trees: readonly LayerNode[]; value: Efficiency } | null>(null);
  const done = state?.trees === trees;
  useEffect(() => {
    if (done) return;
    const steps = efficiencySteps(trees);
    let handle = 0;
    const run = (): void => {
      const end = performance.now() + SLICE_MS;
      for (;;) {
        const r = steps.next();
        if (r.done) return setState({ trees, value: r.value });
        if (performance.now() >= end) break;
      }
      handle = window.setTimeout(run, 0);
    };
    const frame = requestAnimationFrame(() => (handle = window.setTimeout(run, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(handle);
    };
  }, [trees, done]);
  return state?.value ?? null;
}

const modeKey = (m: TreeMode): string => (m === 'merged' ? 'm' : `l${m.layer}`);

function ancestors(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.slice(0, -1).map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
}

export function LayersDiagram({ images, containers, stack, readFile }: LayersDiagramProps) {
  const trees = useStableTrees(stack);
  const top = trees.length - 1;
  const { t } = useT('views');
  const [chosen, setMode] = useState<TreeMode | null>(null);
  const mode: TreeMode =
    chosen && (chosen === 'merged' || chosen.layer <= top) ? chosen : { layer: Math.max(0, top) };
  const [toggles, setToggles] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [selected, setSelected] = useState<string | null>(null);
  const eff = useEfficiency(trees);
  const image = images.find((i) => ('image' in stack.of ? i.id === stack.of.image : false));
  const container =
    'container' in stack.of
      ? containers.find((c) => 'container' in stack.of && c.id === stack.of.container)
      : undefined;
  const imageOf = image ?? images.find((i) => i.id === container?.image);

  const key = modeKey(mode);
  const lister = useMemo(
    () => makeLister(trees, key === 'm' ? 'merged' : { layer: Number(key.slice(1)) }),
    [trees, key],
  );
  const openByDefault = mode !== 'merged' && (trees[mode.layer]?.count ?? 0) <= OPEN_SMALL;
  const rows = useMemo(
    () => buildRows(lister, (p) => toggles.get(`${key}:${p}`) ?? openByDefault),
    [lister, toggles, key, openByDefault],
  );

  const toggle = (path: string): void =>
    setToggles((t) => new Map(t).set(`${key}:${path}`, !(t.get(`${key}:${path}`) ?? openByDefault)));
  const showInMerged = (path: string): void => {
    setMode('merged');
    setToggles((t) => {
      const next = new Map(t);
      for (const a of ancestors(path)) next.set(`m:${a}`, true);
      return next;
    });
    setSelected(path);
  };
  const detail = useMemo((): Detail | null => {
    if (!selected) return null;
    if (mode === 'merged') {
      const p = provider(trees, top, selected);
      const dir = p ? stack.layers[p.layer]?.diffDir : undefined;
      const content = p?.node.kind === 'file' && dir ? readFile(dir + selected) : undefined;
      return { path: selected, layer: p?.layer, node: p?.node, content };
    }
    const own = trees[mode.layer] ? nodeAt(trees[mode.layer]!, splitPath(selected)) : undefined;
    if (own?.kind === 'whiteout') {
      const gone = provider(trees, mode.layer - 1, selected);
      return {
        path: selected,
        layer: mode.layer,
        node: own,
        content: undefined,
        ...(gone ? { deletes: gone.layer } : {}),
      };
    }
    const p = own ? { layer: mode.layer, node: own } : provider(trees, mode.layer, selected);
    const dir = p ? stack.layers[p.layer]?.diffDir : undefined;
    const content = p?.node.kind === 'file' && dir ? readFile(dir + selected) : undefined;
    return { path: selected, layer: p?.layer, node: p?.node, content };
  }, [selected, mode, trees, top, stack, readFile]);

  const heading =
    mode === 'merged'
      ? t('layers.mergedHeading')
      : `L${mode.layer}: ${stack.layers[mode.layer]?.kind === 'upper' ? t('layers.upperDir') : ((stack.layers[mode.layer]?.instruction || stack.layers[mode.layer]?.kind) ?? '')}`;
  return (
    <div className="lv-main">
      <div className="lv-stack">
        <StackList stack={stack} image={imageOf} container={container} mode={mode} onMode={setMode} />
      </div>
      <div className="lv-tree">
        <EfficiencyPanel
          efficiency={eff}
          size={stack.layers.reduce((n, l) => n + l.size, 0)}
          onPath={showInMerged}
        />
        <h3 className="lv-heading">{heading}</h3>
        <p className="lv-legend" aria-hidden="true">
          <span className="lt-added">{t('layers.legend.added')}</span>{' '}
          <span className="lt-modified">{t('layers.legend.modified')}</span>{' '}
          <span className="lt-deleted">{t('layers.legend.deleted')}</span>{' '}
          <span className="lt-opaque">{t('layers.legend.opaque')}</span>
        </p>
        <FileTree
          rows={rows}
          label={heading}
          idPrefix="layers-row"
          selected={selected}
          onToggle={toggle}
          onSelect={(row: Row) => setSelected(row.path)}
        />
      </div>
      <div className="lv-detail">
        <FileDetail detail={detail} layers={stack.layers} />
      </div>
    </div>
  );
}
