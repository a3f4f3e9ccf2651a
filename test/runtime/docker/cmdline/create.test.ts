// `docker run`/`docker create` option conversion against the real docker 20.10.24 client: the CLI's
// own errors (`docker: Invalid containerPort: x.`) and the create request body it sent to a stand-in
// daemon (test/fixtures/docker-cli/conv.json: fields differing from create_base.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FileText } from '../../../../src/runtime/docker/cmdline';
import {
  applyRunOptions,
  containerCreateRequest,
  filesToRead,
  oomWarning,
  parseDockerArgs,
  reportError,
} from '../../../../src/runtime/docker/cmdline';

interface Recorded {
  argv: string[];
  stdout: string;
  stderr: string;
  status: number;
  create?: Record<string, unknown>;
  createPath?: string;
}

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/docker-cli/${name}`, import.meta.url), 'utf8');
const cases = [
  ...(JSON.parse(fixture('conv.json')) as Recorded[]),
  ...(JSON.parse(fixture('flags.json')) as Recorded[]),
];
const base = JSON.parse(fixture('create_base.json')) as Record<string, unknown> & {
  HostConfig: Record<string, unknown>;
};
const env = (name: string): string | undefined => ({ FOO: 'bar', EMPTY: '' })[name];

/** The recording machine's files, as Go's os.Open/Read reported them. */
function readFiles(paths: readonly string[]): Map<string, FileText> {
  const m = new Map<string, FileText>();
  for (const p of paths) {
    if (p === '/tmp') m.set(p, { error: 'read /tmp: is a directory' });
    else if (p.startsWith('/tmp/fx/')) m.set(p, { text: fixture(p.slice('/tmp/fx/'.length)) });
    else m.set(p, { error: `open ${p}: no such file or directory` });
  }
  return m;
}

function expectedBody(delta: Record<string, unknown>): unknown {
  const body = structuredClone(base);
  for (const [k, v] of Object.entries(delta)) {
    if (k.startsWith('HostConfig.')) body.HostConfig[k.slice('HostConfig.'.length)] = v;
    else body[k] = v;
  }
  return body;
}

/**
 * The client rebuilds the -e list through a Go map (ParseProxyConfig), so the real order of several
 * -e variables is random; compare Env as a set.
 */
function sortEnv(body: unknown): unknown {
  const b = body as { Env?: string[] | null };
  if (Array.isArray(b.Env)) b.Env = [...b.Env].sort();
  return b;
}

/** Steps after the request is built that the engine owns (image reference, --cidfile, --platform). */
const engineSide = (r: Recorded): boolean =>
  r.create === undefined &&
  ((r.status === 1 && !r.stderr.startsWith('Conflicting') && !r.stderr.startsWith('the input')) ||
    r.stderr.startsWith('docker: invalid reference format'));

describe('run/create options', () => {
  for (const r of cases.filter((c) => c.argv[0] === 'run' || c.argv[0] === 'create')) {
    it(JSON.stringify(r.argv), () => {
      const inv = parseDockerArgs(r.argv, { env });
      if (inv.kind === 'output') {
        expect(inv).toEqual({ kind: 'output', stdout: r.stdout, stderr: r.stderr, status: r.status });
        return;
      }
      const cmd = r.argv[0] ?? '';
      const made = containerCreateRequest(inv, readFiles(filesToRead(inv)), env);
      if (!made.ok) {
        expect({ stderr: reportError(cmd, made.error), status: 125 }).toEqual({
          stderr: r.stderr,
          status: r.status,
        });
        return;
      }
      let req = made.value;
      if (cmd === 'run') {
        const detach = inv.flags['detach'] === true;
        const attachGiven = Array.isArray(inv.flags['attach']) && inv.flags['attach'].length > 0;
        const ran = applyRunOptions(req, { detach, attachGiven, stdinIsTerminal: false });
        if (!ran.ok) {
          expect(`${ran.error}\n`).toBe(r.stderr);
          return;
        }
        req = ran.value;
      }
      if (engineSide(r)) return;
      expect(r.create).toBeDefined();
      expect(sortEnv(JSON.parse(JSON.stringify(req.body)))).toEqual(sortEnv(expectedBody(r.create ?? {})));
      const name = /[?&]name=([^&]*)/.exec(r.createPath ?? '')?.[1];
      expect(req.name).toBe(decodeURIComponent(name ?? ''));
      expect(r.stderr.startsWith(oomWarning(req))).toBe(true);
    });
  }
});
