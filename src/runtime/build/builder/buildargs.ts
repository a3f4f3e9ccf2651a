// Build arguments as the legacy builder tracks them (moby builder/dockerfile/buildargs.go):
// --build-arg values override ARG defaults; an ARG is usable in a stage only once declared there
// (or it is one of the predefined proxy variables); a stage's `ARG NAME` without a default takes
// the value of a meta ARG (declared before the first FROM). --build-arg values no ARG ever
// declared earn a warning at the end of the build.
//
// Simplification: Go iterates maps in random order; here keys come out sorted.

const BUILTIN = new Set([
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
]);

type Defaults = Map<string, string | null>;

export class BuildArgs {
  private allowed: Defaults = new Map();
  private readonly meta: Defaults = new Map();
  private readonly referenced = new Set<string>();

  constructor(private readonly fromOptions: ReadonlyMap<string, string | null>) {}

  clone(): BuildArgs {
    const c = new BuildArgs(this.fromOptions);
    for (const [k, v] of this.allowed) c.allowed.set(k, v);
    for (const [k, v] of this.meta) c.meta.set(k, v);
    for (const k of this.referenced) c.referenced.add(k);
    return c;
  }

  resetAllowed(): void {
    this.allowed = new Map();
  }

  /** ARG NAME[=default]. */
  addArg(key: string, value: string | undefined): void {
    this.allowed.set(key, value ?? null);
    this.referenced.add(key);
  }

  addMetaArg(key: string, value: string | undefined): void {
    this.meta.set(key, value ?? null);
  }

  mergeReferenced(other: BuildArgs): void {
    for (const k of other.referenced) this.referenced.add(k);
  }

  private value(key: string, mapping: Defaults): string | undefined {
    const option = this.fromOptions.get(key);
    if (option !== undefined && option !== null) return option;
    const dflt = mapping.get(key);
    if (dflt === undefined || dflt === null) {
      const m = this.meta.get(key);
      return m === undefined || m === null ? undefined : m;
    }
    return dflt;
  }

  private all(mapping: Defaults): Map<string, string> {
    const out = new Map<string, string>();
    const keys = [...new Set([...mapping.keys(), ...BUILTIN])].sort();
    for (const k of keys) {
      const v = this.value(k, mapping);
      if (v !== undefined) out.set(k, v);
    }
    return out;
  }

  /** Declared args (and given proxy args) with their values. */
  allAllowed(): Map<string, string> {
    return this.all(this.allowed);
  }

  /** Meta args with their values (for FROM). */
  allMeta(): Map<string, string> {
    return this.all(this.meta);
  }

  /** FilterAllowed: `k=v` of the allowed args an ENV of the same name does not shadow. */
  filterAllowed(env: readonly string[] | null | undefined): string[] {
    const keys = new Set((env ?? []).map((e) => e.split('=', 1)[0] ?? ''));
    return [...this.allAllowed()].filter(([k]) => !keys.has(k)).map(([k, v]) => `${k}=${v}`);
  }

  /** A declared ARG, or any name that is not a predefined proxy variable. */
  isReferencedOrNotBuiltin(key: string): boolean {
    return this.allowed.has(key) || !BUILTIN.has(key);
  }

  /** The warning for --build-arg values no ARG used, or undefined. */
  unusedWarning(): string | undefined {
    const left = [...this.fromOptions.keys()]
      .filter((k) => !this.referenced.has(k) && !BUILTIN.has(k))
      .sort();
    return left.length === 0
      ? undefined
      : `[Warning] One or more build-args [${left.join(' ')}] were not consumed\n`;
  }
}
