// What `docker run` checks and changes after parse() and before creating the container
// (runContainer in cli/command/container/run.go): `-d` detaches every stream and refuses `-a`;
// a TTY attached to stdin needs stdin to be a terminal.

import type { CreateRequest } from './createbody';

/** The create request `run` sends, or the error it prints (plain, exit status 1). */
export function applyRunOptions(
  req: CreateRequest,
  opts: { readonly detach: boolean; readonly attachGiven: boolean; readonly stdinIsTerminal: boolean },
): { ok: true; value: CreateRequest } | { ok: false; error: string } {
  const c = req.body;
  if (!opts.detach) {
    if (c.Tty && c.AttachStdin && !opts.stdinIsTerminal)
      return { ok: false, error: 'the input device is not a TTY' };
    return { ok: true, value: req };
  }
  if (opts.attachGiven) return { ok: false, error: 'Conflicting options: -a and -d' };
  const body = { ...c, AttachStdin: false, AttachStdout: false, AttachStderr: false, StdinOnce: false };
  return { ok: true, value: { ...req, body } };
}

/** The warning the client prints before creating a container with --oom-kill-disable and no -m. */
export function oomWarning(req: CreateRequest): string {
  const h = req.body.HostConfig;
  return h.OomKillDisable && h.Memory === 0
    ? "WARNING: Disabling the OOM killer on containers without setting a '-m/--memory' limit may be dangerous.\n"
    : '';
}
