// Typed reads of a parsed command's flags (what the run/create conversion and the engine use).

import type { DockerInvocation } from './parse';
import type { FlagValue, MountSpec, NetworkAttachment, Ulimit } from './spec';

/** The parts of a DockerInvocation the conversions read. */
export type Parsed = Pick<DockerInvocation, 'flags' | 'changed' | 'args'>;

/** Typed reads of a parsed flag record. */
export class Flags {
  constructor(readonly inv: Parsed) {}
  str(name: string): string {
    const v = this.inv.flags[name];
    return typeof v === 'string' ? v : '';
  }
  num(name: string): number {
    const v = this.inv.flags[name];
    return typeof v === 'number' ? v : 0;
  }
  bool(name: string): boolean {
    return this.inv.flags[name] === true;
  }
  list(name: string): string[] {
    const v: FlagValue | undefined = this.inv.flags[name];
    return Array.isArray(v) ? (v as string[]) : [];
  }
  map(name: string): Record<string, string> {
    const v = this.inv.flags[name];
    return typeof v === 'object' && v !== null && !Array.isArray(v)
      ? { ...(v as Record<string, string>) }
      : {};
  }
  ulimits(): Ulimit[] {
    return this.list('ulimit') as unknown as Ulimit[];
  }
  networks(): NetworkAttachment[] {
    return this.list('network') as unknown as NetworkAttachment[];
  }
  mounts(): MountSpec[] {
    return this.list('mount') as unknown as MountSpec[];
  }
  changed(name: string): boolean {
    return this.inv.changed.has(name);
  }
}
