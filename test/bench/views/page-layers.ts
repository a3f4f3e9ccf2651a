// The layer view's bench scenarios: live frames for an image of 20 layers × 2,000 files (each
// update a fresh stack object around the same immutable layer trees, as world.inspect gives
// them), and the first frame for 100 layers × 10,000 files: from rendering to the frame painted.

import { createElement } from 'react';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { LayersDiagram } from '../../../src/ui/views/layers/LayersDiagram';
import '../../../src/ui/views/layers/layers.css';
import { makeLayersFixture } from './layers.fixture';
import { inView, type Scenario } from './page';

const noFile = (): undefined => undefined;

export function layersScenario(): Scenario {
  const { images, containers, stack } = makeLayersFixture(20, 2000);
  return (n) =>
    inView(
      'layers-view',
      createElement(LayersDiagram, {
        images,
        containers,
        stack: { ...stack, layers: [...stack.layers] },
        readFile: noFile,
        key: n >> 10,
      }),
    );
}

/** Resolves after the browser has painted the frame that follows the render. */
function painted(): Promise<number> {
  return new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

export async function layersFirstFrame(root: Root, layers: number, files: number): Promise<number> {
  const { images, containers, stack } = makeLayersFixture(layers, files);
  // Let the collector clean up after building the fixture, so the clock measures the view.
  for (let i = 0; i < 20; i++) await painted();
  const start = performance.now();
  flushSync(() =>
    root.render(
      inView('layers-view', createElement(LayersDiagram, { images, containers, stack, readFile: noFile })),
    ),
  );
  return (await painted()) - start;
}
