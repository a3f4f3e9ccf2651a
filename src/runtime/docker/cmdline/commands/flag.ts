// Shorthands for writing the flag tables: `flag('rm', 'bool', 'Automatically remove…')`.

import type { FlagKind, FlagSpec } from '../spec';

type Extra = Omit<FlagSpec, 'name' | 'kind' | 'usage'>;

/** A flag spec; `short` may be given in `extra` or as the 4th argument. */
export function flag(name: string, kind: FlagKind, usage: string, extra: Extra | string = {}): FlagSpec {
  return typeof extra === 'string' ? { name, kind, usage, short: extra } : { name, kind, usage, ...extra };
}

/** The root's persistent --help/-h (hidden, `-h` deprecated) that every command inherits. */
export const HELP_PERSISTENT: FlagSpec = flag('help', 'bool', 'Print usage', {
  short: 'h',
  hidden: true,
  shortDeprecated: 'please use --help',
});

/** run/create's own --help, visible and without `-h` (which is --hostname there). */
export const HELP_LOCAL: FlagSpec = flag('help', 'bool', 'Print usage');

/** --disable-content-trust (default true: Debian's CLI has content trust off). */
export function trustFlag(usage = 'Skip image verification'): FlagSpec {
  return flag('disable-content-trust', 'bool', usage, { def: true, engine: false });
}

export const PLATFORM: FlagSpec = flag(
  'platform',
  'string',
  'Set platform if server is multi-platform capable',
  {
    engine: false,
  },
);

export const FORMAT_TEMPLATE = (what: string): FlagSpec =>
  flag('format', 'string', `Pretty-print ${what} using a Go template`);
