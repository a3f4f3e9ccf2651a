// The shapes of the command tables: flags (pflag Values) and commands (cobra Commands).

/**
 * A flag's value type, named after what `--help` shows (pflag's Value.Type()):
 * bool, string, int (Go int), int64 (shown "int"), uint16, uint64 (shown "uint"), duration,
 * list (opts.ListOpts: repeatable), strings (pflag stringSlice: comma-separated, repeatable),
 * bytes (opts.MemBytes), swap (opts.MemSwapBytes, shown "bytes"), decimal (opts.NanoCPUs),
 * filter, map, ulimit, network, mount, gpus (shown "gpu-request").
 */
export type FlagKind =
  | 'bool'
  | 'string'
  | 'int'
  | 'int64'
  | 'uint16'
  | 'uint64'
  | 'duration'
  | 'list'
  | 'strings'
  | 'bytes'
  | 'swap'
  | 'decimal'
  | 'filter'
  | 'map'
  | 'ulimit'
  | 'network'
  | 'mount'
  | 'gpus';

/** The docker CLI's own environment variable lookup (os.LookupEnv). */
export type EnvLookup = (name: string) => string | undefined;

/** A validated value, or the error text pflag wraps in `invalid argument "v" for "--f" flag: …`. */
export type Checked = { ok: true; value: string } | { ok: false; error: string };

export interface Ulimit {
  readonly name: string;
  readonly soft: number;
  readonly hard: number;
}

/** One `--network` value (opts.NetworkAttachmentOpts). */
export interface NetworkAttachment {
  readonly target: string;
  readonly aliases: readonly string[];
  readonly driverOpts: Readonly<Record<string, string>>;
}

/** One `--mount` value (mount.Mount in the API). */
export interface MountSpec {
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly readOnly: boolean;
  readonly options: Readonly<Record<string, string>>;
}

export type FlagValue =
  | boolean
  | string
  | number
  | readonly string[]
  | readonly (readonly [string, string])[]
  | Readonly<Record<string, string>>
  | readonly Ulimit[]
  | readonly NetworkAttachment[]
  | readonly MountSpec[];

export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly kind: FlagKind;
  readonly usage: string;
  /** The default (Go's zero value of the kind when absent). */
  readonly def?: boolean | string | number;
  /** Go's Value.String() of the default when it is not the plain value (e.g. `[]`, `map[]`). */
  readonly defText?: string;
  /** Not listed by --help (MarkHidden, ostype/experimental annotations). */
  readonly hidden?: boolean;
  /** MarkShorthandDeprecated message (the shorthand still works, with a notice). */
  readonly shortDeprecated?: string;
  /** Where the value is stored when several flags share one (--net → network). */
  readonly dest?: string;
  /** A list/map validator (opts.ValidatorFctType); `env` is the CLI's own environment (for `-e NAME`). */
  readonly check?: (value: string, env: EnvLookup) => Checked;
  /** false when the Glasshouse engine accepts the flag but does not act on it. */
  readonly engine?: boolean;
}

export type Arity =
  | { readonly kind: 'none' }
  | { readonly kind: 'any' }
  | { readonly kind: 'exact'; readonly n: number }
  | { readonly kind: 'min'; readonly n: number }
  | { readonly kind: 'max'; readonly n: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

export interface CommandSpec {
  /** The word that selects it (`run`, `ls`). */
  readonly name: string;
  /** What the parser reports as `command` (`container ls` → 'ps'). */
  readonly id: string;
  /** cobra Use without the name: `[OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  readonly use: string;
  readonly short: string;
  /** cobra Long, shown instead of short in --help when present. */
  readonly long?: string;
  readonly aliases?: readonly string[];
  /** cobra Example, printed under `Examples:`. */
  readonly example?: string;
  readonly args: Arity;
  readonly flags: readonly FlagSpec[];
  /** pflag SetInterspersed(false): flags stop at the first operand (run, exec, create, top). */
  readonly stopAtOperand?: boolean;
  readonly subcommands?: readonly CommandSpec[];
  /** Listed in help and accepted, but the Glasshouse engine does not implement it. */
  readonly stub?: boolean;
  /** Flags are not sorted in --help (flags.SortFlags = false). */
  readonly unsorted?: boolean;
}
