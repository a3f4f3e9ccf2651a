// `docker exec` options → the exec body the real docker 20.10.24 client sent to a stand-in daemon
// that knew container `c` (test/fixtures/docker-cli/exec.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FileText } from '../../../../src/runtime/docker/cmdline';
import { execRequest, filesToRead, parseDockerArgs } from '../../../../src/runtime/docker/cmdline';

interface Recorded {
  argv: string[];
  stderr: string;
  status: number;
  exec?: Record<string, unknown>;
}

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/docker-cli/${name}`, import.meta.url), 'utf8');
const env = (name: string): string | undefined => ({ FOO: 'bar', EMPTY: '' })[name];

function files(paths: readonly string[]): Map<string, FileText> {
  return new Map(
    paths.map((p): [string, FileText] =>
      p.startsWith('/tmp/fx/')
        ? [p, { text: fixture(p.slice(8)) }]
        : [p, { error: `open ${p}: no such file or directory` }],
    ),
  );
}

describe('docker exec', () => {
  for (const r of JSON.parse(fixture('exec.json')) as Recorded[]) {
    it(JSON.stringify(r.argv), () => {
      const inv = parseDockerArgs(r.argv, { env });
      if (inv.kind === 'output') {
        expect({ stderr: inv.stderr, status: inv.status }).toEqual({ stderr: r.stderr, status: r.status });
        return;
      }
      const req = execRequest(inv, files(filesToRead(inv)), env);
      if (!req.ok) {
        expect(`${req.error}\n`).toBe(r.stderr);
        return;
      }
      expect(req.container).toBe('c');
      if (r.exec !== undefined) expect(req.body).toEqual(r.exec);
      else expect(r.stderr).toBe('the input device is not a TTY\n');
    });
  }
});
