// docker 20.10's parseExec: `docker exec` flags → the POST /containers/{id}/exec body. Unlike run,
// exec keeps the -e list as given (no proxy-config pass); an env-file error is printed plainly
// (exit status 1) before the container is even looked up.

import type { EnvLookup } from './spec';
import type { FileText } from './env';
import type { Parsed } from './flagread';
import { Flags } from './flagread';
import { readKVStrings } from './env';

export interface ExecBody {
  User: string;
  Privileged: boolean;
  Tty: boolean;
  AttachStdin: boolean;
  AttachStderr: boolean;
  AttachStdout: boolean;
  Detach: boolean;
  DetachKeys: string;
  Env: string[] | null;
  WorkingDir: string;
  Cmd: string[];
}

/** The exec request: the container named on the command line and the body, or the error text. */
export function execRequest(
  inv: Parsed,
  files: ReadonlyMap<string, FileText>,
  env: EnvLookup,
): { ok: true; container: string; body: ExecBody } | { ok: false; error: string } {
  const f = new Flags(inv);
  const envs = readKVStrings(f.list('env-file'), files, f.list('env'), env);
  if (!envs.ok) return envs;
  const detach = f.bool('detach');
  return {
    ok: true,
    container: inv.args[0] ?? '',
    body: {
      User: f.str('user'),
      Privileged: f.bool('privileged'),
      Tty: f.bool('tty'),
      AttachStdin: !detach && f.bool('interactive'),
      AttachStderr: !detach,
      AttachStdout: !detach,
      Detach: detach,
      DetachKeys: f.str('detach-keys'),
      Env: envs.value.length > 0 ? envs.value : null,
      WorkingDir: f.str('workdir'),
      Cmd: inv.args.slice(1),
    },
  };
}
