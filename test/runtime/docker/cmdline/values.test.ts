// The Go value parsers and run/create helpers on their own; every expected value is what the real
// docker 20.10.24 client produced for the same input (see conv.json / flags.json in the fixtures).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoInt, parseGoUint } from '../../../../src/runtime/docker/cmdline/gostrconv';
import { parseNanoCpus, ramInBytes } from '../../../../src/runtime/docker/cmdline/units';
import { parsePortSpecs } from '../../../../src/runtime/docker/cmdline/ports';
import { readKVStrings } from '../../../../src/runtime/docker/cmdline/env';
import { parseGoIP } from '../../../../src/runtime/docker/cmdline/gonet';
import { versionText } from '../../../../src/runtime/docker/cmdline';

const text = (name: string): { text: string } => ({
  text: readFileSync(new URL(`../../../fixtures/docker-cli/${name}`, import.meta.url), 'utf8'),
});

describe('strconv as pflag calls it', () => {
  it('ParseInt base 0', () => {
    expect(parseGoInt('0x10', 64)).toEqual({ ok: true, value: 16n });
    expect(parseGoInt('010', 64)).toEqual({ ok: true, value: 8n });
    expect(parseGoInt('-0x10', 64)).toEqual({ ok: true, value: -16n });
    expect(parseGoInt('0_1', 64)).toEqual({ ok: true, value: 1n });
    expect(parseGoInt('-9223372036854775808', 64)).toEqual({ ok: true, value: -9223372036854775808n });
    expect(parseGoInt('08', 64)).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "08": invalid syntax',
    });
    expect(parseGoInt('_1', 64)).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "_1": invalid syntax',
    });
    expect(parseGoInt('99999999999999999999', 64)).toEqual({
      ok: false,
      error: 'strconv.ParseInt: parsing "99999999999999999999": value out of range',
    });
  });
  it('ParseUint 16 bits', () => {
    expect(parseGoUint('0x10', 16)).toEqual({ ok: true, value: 16n });
    expect(parseGoUint('70000', 16)).toEqual({
      ok: false,
      error: 'strconv.ParseUint: parsing "70000": value out of range',
    });
    expect(parseGoUint('-1', 16)).toEqual({
      ok: false,
      error: 'strconv.ParseUint: parsing "-1": invalid syntax',
    });
  });
});

describe('sizes and CPUs', () => {
  it('RAMInBytes', () => {
    expect(ramInBytes('1.5g')).toEqual({ ok: true, value: 1610612736 });
    expect(ramInBytes('0.5k')).toEqual({ ok: true, value: 512 });
    expect(ramInBytes('1ib')).toEqual({ ok: true, value: 1 });
    expect(ramInBytes('1 g')).toEqual({ ok: true, value: 1073741824 });
    expect(ramInBytes('1.')).toEqual({ ok: false, error: "invalid size: '1.'" });
    expect(ramInBytes('1.2.3')).toEqual({
      ok: false,
      error: 'strconv.ParseFloat: parsing "1.2.3": invalid syntax',
    });
  });
  it('NanoCPUs as big.Rat', () => {
    expect(parseNanoCpus('0x1.8p1')).toEqual({ ok: true, value: 3e9 });
    expect(parseNanoCpus('1/4')).toEqual({ ok: true, value: 2.5e8 });
    expect(parseNanoCpus('010')).toEqual({ ok: true, value: 1e10 });
    expect(parseNanoCpus('1e-3')).toEqual({ ok: true, value: 1e6 });
    expect(parseNanoCpus('1/3')).toEqual({ ok: false, error: 'value is too precise' });
    expect(parseNanoCpus('1/-2')).toEqual({ ok: false, error: 'failed to parse 1/-2 as a rational number' });
  });
});

describe('run/create helpers', () => {
  it('a host port range for one container port stays a range', () => {
    expect(parsePortSpecs(['8000-8001:80'])).toEqual({
      ok: true,
      value: { exposed: { '80/tcp': {} }, bindings: { '80/tcp': [{ HostIp: '', HostPort: '8000-8001' }] } },
    });
  });
  it('env files come first, in file order, then -e', () => {
    const files = new Map([['/f', text('good.env')]]);
    expect(readKVStrings(['/f'], files, ['A=override'], (n) => (n === 'FOO' ? 'bar' : undefined))).toEqual({
      ok: true,
      value: ['A=1', 'FOO=bar', 'C=3  ', 'D= 4', 'A=override'],
    });
  });
  it('net.ParseIP normalises IPv6', () => {
    expect(parseGoIP('::1')).toBe('::1');
    expect(parseGoIP('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(parseGoIP('::ffff:1.2.3.4')).toBe('1.2.3.4');
    expect(parseGoIP('1.2.3.4.5')).toBeUndefined();
  });
});

describe('docker version', () => {
  it('prints what the real client printed for a 20.10.24 daemon', () => {
    const recorded = JSON.parse(
      readFileSync(new URL('../../../fixtures/docker-cli/version.json', import.meta.url), 'utf8'),
    ) as { stdout: string }[];
    const text = versionText({
      version: '20.10.24+dfsg1',
      apiVersion: '1.41',
      minApiVersion: '1.12',
      goVersion: 'go1.19.8',
      gitCommit: '5d6db84',
      built: 'Thu May  7 21:09:36 2026',
      os: 'linux',
      arch: 'amd64',
      experimental: false,
      components: [
        { name: 'containerd', version: '1.6.20~ds1', gitCommit: '1.6.20~ds1-1+deb12u3' },
        { name: 'runc', version: '1.1.5+ds1', gitCommit: '1.1.5+ds1-1+deb12u1' },
        { name: 'docker-init', version: '0.19.0', gitCommit: '' },
      ],
    });
    expect(text).toBe(recorded[0]?.stdout);
  });
});
