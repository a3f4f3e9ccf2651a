// The stack as an ordered list, top first — which is also its text alternative: for a container
// its upper dir (read-write), its -init layer, then the image's layers; each image layer with the
// Dockerfile line that made it, its short DiffID and size, and the overlay lowerdir that shows it
// to containers (l/<short link> → overlay2/<cache-id>/diff). Config-only steps (ENV, CMD…) are
// listed between the layers as lines without a layer. Each layer is a button that shows its tree.

import type { ReactNode } from 'react';
import type {
  ContainerLayersInfo,
  ImageInfo,
  LayerStack,
  StackLayer,
} from '../../../world/inspect/layers/types';
import type { TreeMode } from './rows';
import { humanSize } from './rows';
import { useT } from '../../i18n/react';

interface Props {
  readonly stack: LayerStack;
  readonly image: ImageInfo | undefined;
  readonly container: ContainerLayersInfo | undefined;
  readonly mode: TreeMode;
  onMode(mode: TreeMode): void;
}

const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);
const shortDir = (dir: string): string =>
  dir.replace(/^\/var\/lib\/docker\/overlay2\/([0-9a-f]{12})[0-9a-f]*/, 'overlay2/$1…');

function LayerButton({
  layer,
  index,
  mode,
  onMode,
}: { layer: StackLayer; index: number } & Pick<Props, 'mode' | 'onMode'>) {
  const { t } = useT('views');
  const pressed = mode !== 'merged' && mode.layer === index;
  const title =
    layer.kind === 'upper'
      ? t('layers.upperTitle')
      : layer.kind === 'init'
        ? t('layers.initTitle')
        : layer.instruction || t('layers.noCreatedBy');
  const where =
    layer.kind === 'upper'
      ? `upperdir ${shortDir(layer.diffDir)}`
      : `lowerdir l/${layer.link} → ${shortDir(layer.diffDir)}`;
  return (
    <button
      type="button"
      className={`ls-layer ls-${layer.kind}`}
      aria-pressed={pressed}
      onClick={() => onMode({ layer: index })}
      title={layer.createdBy || layer.diffDir}
    >
      <span className="ls-line">
        <span className="ls-index">L{index}</span> {title}
      </span>
      <span className="ls-meta">
        {layer.diffId ? `DiffID ${short(layer.diffId)} · ` : ''}
        {humanSize(layer.size)} · {t('layers.entryCount', { count: layer.tree.count })}
      </span>
      <span className="ls-dir">{where}</span>
    </button>
  );
}

export function StackList({ stack, image, container, mode, onMode }: Props) {
  const { t } = useT('views');
  const items: { key: string; el: ReactNode }[] = [];
  const own = stack.layers.filter((l) => l.kind !== 'image').reverse();
  const first = stack.layers.length - own.length;
  own.forEach((layer, i) => {
    const index = stack.layers.length - 1 - i;
    items.push({
      key: layer.key,
      el: <LayerButton layer={layer} index={index} mode={mode} onMode={onMode} />,
    });
  });
  const history = image?.history ?? [];
  for (let h = history.length - 1; h >= 0; h--) {
    const step = history[h]!;
    if (step.layer === undefined) {
      items.push({
        key: `h${h}`,
        el: (
          <span className="ls-empty" title={step.createdBy}>
            {step.instruction || step.createdBy || t('layers.emptyStep')}{' '}
            <span className="ls-meta">{t('layers.configOnly')}</span>
          </span>
        ),
      });
      continue;
    }
    const layer = stack.layers[step.layer];
    if (layer && step.layer < first)
      items.push({
        key: layer.key,
        el: <LayerButton layer={layer} index={step.layer} mode={mode} onMode={onMode} />,
      });
  }
  if (!image)
    for (let i = first - 1; i >= 0; i--) {
      const layer = stack.layers[i]!;
      items.push({ key: layer.key, el: <LayerButton layer={layer} index={i} mode={mode} onMode={onMode} /> });
    }
  const what = container
    ? t('layers.containerWhat', { name: container.name })
    : t('layers.imageWhat', { name: image?.tags[0] ?? short(image?.id ?? '') });
  return (
    <div className="ls-stack">
      <button
        type="button"
        className="ls-merged"
        aria-pressed={mode === 'merged'}
        onClick={() => onMode('merged')}
      >
        {t('layers.merged')}
        {container ? ` (${shortDir(container.mergeddir)})` : ''}
      </button>
      <ol className="ls-list" aria-label={t('layers.stackLabel', { what })}>
        {items.map((it) => (
          <li key={it.key}>{it.el}</li>
        ))}
      </ol>
    </div>
  );
}
