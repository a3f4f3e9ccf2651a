// Which stack to show: a container (its upper dir over its image) or an image.

import type { ContainerLayersInfo, ImageInfo } from '../../../world/inspect/layers/types';

export type Target = { readonly image: string } | { readonly container: string };

interface Props {
  readonly images: readonly ImageInfo[];
  readonly containers: readonly ContainerLayersInfo[];
  readonly target: Target | null;
  onTarget(target: Target): void;
}

import { useT } from '../../i18n/react';

const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

export function TargetPicker({ images, containers, target, onTarget }: Props) {
  const { t } = useT('views');
  const value = target ? ('image' in target ? `i:${target.image}` : `c:${target.container}`) : '';
  return (
    <label className="lv-picker">
      {t('layers.showOf')}{' '}
      <select
        value={value}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onTarget(v.startsWith('c:') ? { container: v.slice(2) } : { image: v.slice(2) });
        }}
      >
        {containers.length > 0 ? (
          <optgroup label={t('layers.containers')}>
            {containers.map((c) => (
              <option key={c.id} value={`c:${c.id}`}>
                {c.name} ({c.state}, {short(c.id)})
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label={t('layers.images')}>
          {images.map((i) => (
            <option key={i.id} value={`i:${i.id}`}>
              {t('layers.imageOption', {
                tags: i.tags.length > 0 ? i.tags.join(', ') : '<none>',
                id: short(i.id),
                count: i.layers.length,
              })}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
