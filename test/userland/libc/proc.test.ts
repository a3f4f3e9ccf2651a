import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  parseCmdline,
  parseLoadavg,
  parseMeminfo,
  parseStat,
  parseStatus,
  parseSystemStat,
  parseUptime,
  statusNumber,
  ttyName,
} from '../../../src/userland/libc/proc';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/proc/${name}`, import.meta.url), 'utf8');

// Samples copied from this Debian 12 machine's /proc (Linux 6.18).
describe('parseStat', () => {
  it('reads the fields of a real /proc/1/stat', () => {
    const s = parseStat(fixture('stat-1.txt'));
    expect(s).toMatchObject({
      pid: 1,
      comm: 'process_api',
      state: 'S',
      ppid: 0,
      utime: 124,
      stime: 334,
      priority: 10,
      nice: -10,
      numThreads: 13,
      starttime: 19,
      vsize: 45182976,
      rss: 3322,
      processor: 0,
    });
  });
  it('takes comm up to the last parenthesis', () => {
    const s = parseStat('42 (a) b (c)) R 1 42 42 34816 42 0 0 0 0 0 7 3 0 0 20 0 1 0 500 1000 10');
    expect(s?.comm).toBe('a) b (c)');
    expect(s?.state).toBe('R');
    expect(s?.ttyNr).toBe(34816);
    expect(s?.utime).toBe(7);
  });
  it('rejects garbage', () => {
    expect(parseStat('nonsense')).toBeNull();
  });
});

describe('other /proc files', () => {
  it('status', () => {
    const st = parseStatus(fixture('status.txt'));
    expect(st.get('Name')).toBe('cat');
    expect(statusNumber(st, 'Uid', 1)).toBe(0);
    expect(statusNumber(st, 'VmRSS')).toBe(1684);
  });
  it('cmdline', () => {
    expect(parseCmdline(new TextEncoder().encode('sleep\x00100\x00'))).toEqual(['sleep', '100']);
    expect(parseCmdline(new Uint8Array())).toEqual([]);
  });
  it('meminfo, uptime, loadavg, stat', () => {
    expect(parseMeminfo(fixture('meminfo.txt')).get('MemTotal')).toBe(24683620);
    expect(parseUptime('865.01 1530.32\n')).toEqual([865.01, 1530.32]);
    expect(parseLoadavg('0.57 0.44 0.24 2/97 9610\n')).toEqual({
      loads: [0.57, 0.44, 0.24],
      running: 2,
      total: 97,
    });
    const st = parseSystemStat(fixture('stat.txt'));
    expect(st.btime).toBe(1795588853);
    expect(st.cpus.length).toBe(2);
    expect(st.cpu.length).toBe(10);
  });
  it('tty names from device numbers', () => {
    expect(ttyName(0)).toBe('?');
    expect(ttyName((136 << 8) | 3)).toBe('pts/3');
    expect(ttyName((4 << 8) | 1)).toBe('tty1');
    expect(ttyName((4 << 8) | 64)).toBe('ttyS0');
    expect(ttyName((5 << 8) | 1)).toBe('console');
  });
});
