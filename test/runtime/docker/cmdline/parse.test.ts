// Flag parsing, dispatch and errors against the real docker 20.10.24 client
// (test/fixtures/docker-cli/{flags,root}.json; see the README there). Cases where the real client
// went on to call the daemon must parse into a command; the rest must print exactly what it printed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDockerArgs } from '../../../../src/runtime/docker/cmdline';

interface Recorded {
  argv: string[];
  stdout: string;
  stderr: string;
  status: number;
  requests: string[];
}

const load = (name: string): Recorded[] =>
  JSON.parse(
    readFileSync(new URL(`../../../fixtures/docker-cli/${name}`, import.meta.url), 'utf8'),
  ) as Recorded[];

const env = (name: string): string | undefined => ({ FOO: 'bar', EMPTY: '' })[name];

/** What the parser itself prints: help, usage and flag errors, argument counts, unknown commands. */
function parseLevel(r: Recorded): boolean {
  const text = r.stdout + r.stderr;
  if (text.includes('FAKE')) return false;
  if (r.status === 125)
    return !r.stderr.startsWith('docker: ') || r.stderr.includes('is not a docker command');
  return (
    /^(Flag shorthand -h has been deprecated, please use --help\n)?\nUsage: {2}/.test(r.stdout || r.stderr) ||
    /^"docker [^"]*" (requires|accepts)/.test(r.stderr) ||
    r.stderr.includes('is not a docker command') ||
    r.stderr.startsWith('unknown help topic') ||
    r.stderr.startsWith('Unable to parse logging level') ||
    r.stdout.startsWith('Docker version ')
  );
}

for (const file of ['flags.json', 'root.json', 'arity.json']) {
  describe(file, () => {
    for (const r of load(file)) {
      it(JSON.stringify(r.argv), () => {
        const got = parseDockerArgs(r.argv, { env });
        if (!parseLevel(r)) {
          expect(got.kind).toBe('command');
          if (got.kind === 'command') expect(got.stdout + got.stderr).toBe('');
        } else {
          expect(got).toEqual({ kind: 'output', stdout: r.stdout, stderr: r.stderr, status: r.status });
        }
      });
    }
  });
}
