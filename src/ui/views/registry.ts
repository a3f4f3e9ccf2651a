// The views the workbench can show, in tab order. Each view is a React component that draws one
// part of the machine's inside from world.inspect snapshots (see useSnapshot.ts).
// A view adds itself with one line here.

import type { ComponentType } from 'react';
import type { Machine } from '../machine';
import { CgroupsView } from './cgroups';
import { LayersView } from './layers';
import { TraceView } from './trace';
import { MountsView } from './mounts';
import { NamespacesView } from './namespaces';
import { VmView } from './vm';

export interface ViewProps {
  readonly machine: Machine;
  /** False while the view's tab is hidden: it should not take snapshots then. */
  readonly active: boolean;
}

export interface ViewDef {
  /** Stable id, used in element ids, saved layouts and tests: 'layers', 'namespaces', … */
  readonly id: string;
  /** The tab's label. */
  readonly title: string;
  readonly component: ComponentType<ViewProps>;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'namespaces', title: 'Namespaces', component: NamespacesView },
  { id: 'cgroups', title: 'cgroups', component: CgroupsView },
  { id: 'mounts', title: 'Mounts & network', component: MountsView },
  { id: 'trace', title: 'System calls', component: TraceView },
  { id: 'vm', title: 'Container vs VM', component: VmView },
  { id: 'layers', title: 'Layers', component: LayersView },
];
