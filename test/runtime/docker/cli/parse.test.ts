// Flag parsing, dispatch and errors against the real docker 20.10.24 client
// (test/fixtures/docker-cli/{flags,root}.json; see the README there). Cases where the real client
// went on to call the daemon must parse into a command; the rest must print exactly what it printed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDockerArgs } from '../../../../src/runtime/docker/cli';

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

/** Errors that come after parsing: from the daemon, the terminal check, or run/create's option checks. */
function laterStage(r: Recorded): boolean {
  if (r.stdout.includes('FAKE') || r.stderr.includes('FAKE')) return true;
  return (
    (r.stderr.startsWith('docker: ') && !r.stderr.includes('is not a docker command')) ||
    r.stderr.startsWith('the input device is not a TTY') ||
    r.stderr.startsWith('Conflicting options') ||
    r.stderr.includes('is not a valid value for --type') ||
    r.stderr.startsWith('unable to resolve docker endpoint')
  );
}

for (const file of ['flags.json', 'root.json']) {
  describe(file, () => {
    for (const r of load(file)) {
      it(JSON.stringify(r.argv), () => {
        const got = parseDockerArgs(r.argv, { env });
        if (laterStage(r)) {
          expect(got.kind).toBe('command');
          if (got.kind === 'command') expect(got.stdout + got.stderr).toBe('');
        } else {
          expect(got).toEqual({ kind: 'output', stdout: r.stdout, stderr: r.stderr, status: r.status });
        }
      });
    }
  });
}
