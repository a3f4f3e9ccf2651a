// The machine the scenarios run on: a fresh world booted like the reference host (hybrid cgroups,
// 2 CPUs, 23 GiB, which are the world's defaults), with a fixed seed so runs are repeatable.
import { createWorld } from '../../src/world';
import type { MachineFactory } from './runner';

export const SCENARIO_SEED = 1;

export const hybridMachine: MachineFactory = () => createWorld({ seed: SCENARIO_SEED, profile: 'hybrid' });
