// Runs recorded cases (argv, stdin, files → stdout, stderr, status, files after) against our
// programs. The JSON files were recorded by running the real GNU tools on Debian 12 (C.UTF-8).

import { it, expect } from 'vitest';
import type { Command } from '../../../src/userland/command';
import { decode } from '../../../src/lib/utf8';
import { runProgram } from './fake';

export interface RecordedCase {
  argv: string[];
  stdin?: string;
  files?: Record<string, string>;
  check?: string[];
  stdout: string;
  stderr: string;
  status: number;
  after?: Record<string, string>;
}

export function runCases(cases: readonly RecordedCase[], commands: Record<string, Command>): void {
  for (const c of cases) {
    const cmd = commands[c.argv[0]!];
    if (!cmd) continue;
    it(JSON.stringify(c.argv), () => {
      const r = runProgram(cmd, c.argv, {
        ...(c.stdin === undefined ? {} : { stdin: c.stdin }),
        ...(c.files === undefined ? {} : { files: c.files }),
      });
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({
        stdout: c.stdout,
        stderr: c.stderr,
        status: c.status,
      });
      for (const [k, v] of Object.entries(c.after ?? {}))
        expect(decode(r.files.get(k) ?? new Uint8Array())).toBe(v);
    });
  }
}
