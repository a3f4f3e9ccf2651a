// HEALTHCHECK NONE | HEALTHCHECK [--interval= --timeout= --start-period= --retries=] CMD ...
// Texts as BuildKit 0.8 (Docker 20.10): intervals below 1ms are refused, --retries must be >= 1.

import { parseFlags } from './flags';
import { goDuration, goQuote, parseGoDuration } from './go-fmt';
import type { HealthcheckInstruction, InstructionBase } from './types';

const MIN_DURATION_NS = 1e6;

function interval(name: string, value: string | undefined): number | { error: string } {
  if (value === undefined || value === '') return 0;
  const d = parseGoDuration(value);
  if ('error' in d) return d;
  if (d.ns < MIN_DURATION_NS) {
    return { error: `Interval ${goQuote(name)} cannot be less than ${goDuration(MIN_DURATION_NS)}` };
  }
  return d.ns;
}

function retries(value: string | undefined): number | { error: string } {
  if (value === undefined || value === '') return 0;
  if (!/^[+-]?[0-9]+$/.test(value))
    return { error: `strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax` };
  const n = Number(value);
  if (n > 2147483647 || n < -2147483648) {
    return { error: `strconv.ParseInt: parsing ${goQuote(value)}: value out of range` };
  }
  if (n < 1) return { error: `--retries must be at least 1 (not ${n})` };
  return n;
}

/** Builds the HEALTHCHECK instruction or returns the error text. */
export function parseHealthcheck(base: InstructionBase): HealthcheckInstruction | { error: string } {
  const none = {
    kind: 'HEALTHCHECK' as const,
    ...base,
    intervalNs: 0,
    timeoutNs: 0,
    startPeriodNs: 0,
    retries: 0,
  };
  if (base.args.length === 0) return { error: 'HEALTHCHECK requires at least one argument' };
  const typ = (base.args[0] ?? '').toUpperCase();
  const rest = base.args.slice(1);
  if (typ === 'NONE') {
    if (rest.length !== 0) return { error: 'HEALTHCHECK NONE takes no arguments' };
    return { ...none, test: ['NONE'] };
  }
  const flags = parseFlags(base.flags, {
    interval: 'string',
    timeout: 'string',
    'start-period': 'string',
    retries: 'string',
  });
  if ('error' in flags) return flags;
  if (typ !== 'CMD') return { error: `Unknown type ${goQuote(typ)} in HEALTHCHECK (try CMD)` };
  const cmd = base.json ? rest : rest.length === 0 ? [] : [rest.join(' ')];
  if (cmd.length === 0) return { error: 'Missing command after HEALTHCHECK CMD' };
  const test = [base.json ? 'CMD' : 'CMD-SHELL', ...cmd];
  const values = flags.values;
  const i = interval('interval', values['interval']);
  if (typeof i !== 'number') return i;
  const t = interval('timeout', values['timeout']);
  if (typeof t !== 'number') return t;
  const s = interval('start-period', values['start-period']);
  if (typeof s !== 'number') return s;
  const r = retries(values['retries']);
  if (typeof r !== 'number') return r;
  return { ...none, test, intervalNs: i, timeoutNs: t, startPeriodNs: s, retries: r };
}
