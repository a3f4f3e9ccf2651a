// stress 1.0.7's command line: its own option loop (not getopt), numbers with time suffixes
// (s, m, h, d, y) or size suffixes (b, k, m, g), and its FAIL messages with source line numbers.

export interface StressPlan {
  readonly counts: { cpu: number; io: number; vm: number; hdd: number };
  readonly timeout: number;
  readonly backoff: number;
  readonly vmBytes: number;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly dryRun: boolean;
}

export interface StressError {
  readonly line: number;
  readonly error: string;
}

const TIME: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, y: 31536000 };
const SIZE: Record<string, number> = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** atoll_s / atoll_b: a number with one optional suffix letter. */
function suffixed(text: string, table: Record<string, number>, line: number): number | StressError {
  const m = /^(-?\d*)(.?)$/.exec(text);
  const suffix = m?.[2] ?? text.slice(-1);
  const mult = suffix === '' ? 1 : table[suffix.toLowerCase()];
  if (!m || mult === undefined) return { line, error: `unrecognized suffix: ${suffix}` };
  return Number(m[1] || 0) * mult;
}

type Numeric =
  'cpu' | 'io' | 'vm' | 'hdd' | 'timeout' | 'backoff' | 'vm-bytes' | 'vm-stride' | 'vm-hang' | 'hdd-bytes';

const NUMERIC: Record<string, Numeric> = {
  '-c': 'cpu',
  '--cpu': 'cpu',
  '-i': 'io',
  '--io': 'io',
  '-m': 'vm',
  '--vm': 'vm',
  '-d': 'hdd',
  '--hdd': 'hdd',
  '-t': 'timeout',
  '--timeout': 'timeout',
  '--backoff': 'backoff',
  '--vm-bytes': 'vm-bytes',
  '--vm-stride': 'vm-stride',
  '--vm-hang': 'vm-hang',
  '--hdd-bytes': 'hdd-bytes',
};

/** [suffix table, source line of "unrecognized suffix", check, source line of the check, message] */
const RULES: Record<Numeric, [Record<string, number>, number, (n: number) => boolean, number, string]> = {
  cpu: [SIZE, 665, (n) => n > 0, 171, 'invalid number of cpu hogs: '],
  io: [SIZE, 665, (n) => n > 0, 181, 'invalid number of io hogs: '],
  vm: [SIZE, 665, (n) => n > 0, 191, 'invalid number of vm hogs: '],
  hdd: [SIZE, 665, (n) => n > 0, 235, 'invalid number of hdd hogs: '],
  timeout: [TIME, 723, (n) => n > 0, 161, 'invalid timeout value: '],
  backoff: [SIZE, 665, (n) => n >= 0, 150, 'invalid backoff factor: '],
  'vm-bytes': [SIZE, 665, (n) => n > 0, 201, 'invalid vm byte value: '],
  'vm-stride': [SIZE, 665, (n) => n > 0, 211, 'invalid stride value: '],
  'vm-hang': [TIME, 723, (n) => n >= 0, 221, 'invalid value: '],
  'hdd-bytes': [SIZE, 665, (n) => n > 0, 245, 'invalid hdd byte value: '],
};

export function parseStressArgs(args: readonly string[]): StressPlan | StressError | 'usage' | 'version' {
  if (args.length === 0) return 'usage';
  const counts = { cpu: 0, io: 0, vm: 0, hdd: 0 };
  const values: Partial<Record<Numeric, number>> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-?' || a === '--help') return 'usage';
    if (a === '--version') return 'version';
    if (a === '-q' || a === '--quiet') flags.add('q');
    else if (a === '-v' || a === '--verbose') flags.add('v');
    else if (a === '-n' || a === '--dry-run') flags.add('n');
    else if (a === '--vm-keep') flags.add('keep');
    else if (NUMERIC[a]) {
      const key = NUMERIC[a]!;
      const text = args[++i];
      if (text === undefined) return { line: 167, error: `missing argument to option '--${key}'` };
      const [table, suffixLine, ok, checkLine, message] = RULES[key];
      const n = suffixed(text, table, suffixLine);
      if (typeof n !== 'number') return n;
      if (!ok(n)) return { line: checkLine, error: message + (key === 'timeout' ? `${n}s` : String(n)) };
      values[key] = n;
      if (key === 'cpu' || key === 'io' || key === 'vm' || key === 'hdd') counts[key] = n;
    } else return { line: 251, error: `unrecognized option: ${a}` };
  }
  return {
    counts,
    timeout: values.timeout ?? 0,
    backoff: values.backoff ?? 3000,
    vmBytes: values['vm-bytes'] ?? 256 * 1024 ** 2,
    quiet: flags.has('q'),
    verbose: flags.has('v'),
    dryRun: flags.has('n'),
  };
}

export const STRESS_USAGE = `\`stress' imposes certain types of compute stress on your system

Usage: stress [OPTION [ARG]] ...
 -?, --help         show this help statement
     --version      show version statement
 -v, --verbose      be verbose
 -q, --quiet        be quiet
 -n, --dry-run      show what would have been done
 -t, --timeout N    timeout after N seconds
     --backoff N    wait factor of N microseconds before work starts
 -c, --cpu N        spawn N workers spinning on sqrt()
 -i, --io N         spawn N workers spinning on sync()
 -m, --vm N         spawn N workers spinning on malloc()/free()
     --vm-bytes B   malloc B bytes per vm worker (default is 256MB)
     --vm-stride B  touch a byte every B bytes (default is 4096)
     --vm-hang N    sleep N secs before free (default none, 0 is inf)
     --vm-keep      redirty memory instead of freeing and reallocating
 -d, --hdd N        spawn N workers spinning on write()/unlink()
     --hdd-bytes B  write B bytes per hdd worker (default is 1GB)

Example: stress --cpu 8 --io 4 --vm 2 --vm-bytes 128M --timeout 10s

Note: Numbers may be suffixed with s,m,h,d,y (time) or B,K,M,G (size).
`;
