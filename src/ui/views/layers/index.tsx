// The "Layers" view: an image's or a container's overlay layers, live. It re-reads
// /var/lib/docker through world.inspect.layers about four times a second while shown (image
// layer trees are read once per cache id; only containers' own dirs are re-read) and draws them
// with LayersDiagram. Simplification: the target list is the images and containers on disk now;
// a removed target falls back to the first container, else the newest image.

import { useMemo, useState } from 'react';
import type { ViewProps } from '../registry';
import { useSnapshot } from '../useSnapshot';
import type { World } from '../../../world/types';
import type { ContainerLayersInfo, ImageInfo } from '../../../world/inspect/layers/types';
import { LayersDiagram } from './LayersDiagram';
import { TargetPicker } from './TargetPicker';
import type { Target } from './TargetPicker';
import './layers.css';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n/react';

interface Snapshot {
  readonly world: World;
  readonly images: readonly ImageInfo[];
  readonly containers: readonly ContainerLayersInfo[];
}

function pick(snap: Snapshot, chosen: Target | null): Target | null {
  if (chosen && 'container' in chosen && snap.containers.some((c) => c.id === chosen.container))
    return chosen;
  if (chosen && 'image' in chosen && snap.images.some((i) => i.id === chosen.image)) return chosen;
  const running = snap.containers.find((c) => c.state === 'running') ?? snap.containers[0];
  if (running) return { container: running.id };
  const image = snap.images[0];
  return image ? { image: image.id } : null;
}

export function LayersView({ machine, active }: ViewProps) {
  const { t } = useT('views');
  const [chosen, setChosen] = useState<Target | null>(null);
  const snap = useSnapshot(
    machine,
    active,
    (world): Snapshot => ({
      world,
      images: world.inspect.layers.images(),
      containers: world.inspect.layers.containers(),
    }),
    4,
  );
  const target = snap ? pick(snap, chosen) : null;
  const stack = useMemo(
    () => (snap && target ? (snap.world.inspect.layers.stack(target) ?? null) : null),
    [snap, target],
  );
  const targetKey = target ? ('image' in target ? target.image : target.container) : '';
  return (
    <div className="layers-view">
      {snap ? (
        <TargetPicker
          images={snap.images}
          containers={snap.containers}
          target={target}
          onTarget={setChosen}
        />
      ) : null}
      {snap && stack ? (
        <LayersDiagram
          key={targetKey}
          images={snap.images}
          containers={snap.containers}
          stack={stack}
          readFile={(path) => snap.world.inspect.layers.readFile(path, 4096)}
        />
      ) : (
        <p className="lv-empty">
          <Trans t={t} i18nKey="layers.empty" components={{ code: <code /> }} />
        </p>
      )}
    </div>
  );
}
