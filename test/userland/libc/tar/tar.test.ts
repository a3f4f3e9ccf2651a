// The tar library against archives GNU tar 1.34 wrote (test/fixtures/tar/make.sh): byte identity
// of what we write, and reading them back.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encode } from '../../../../src/lib/utf8';
import type { TarEntryInput } from '../../../../src/userland/libc/tar';
import {
  BLKTYPE,
  CHRTYPE,
  DIRTYPE,
  FIFOTYPE,
  LNKTYPE,
  SYMTYPE,
  TarWriter,
  checksum,
  encodeEnd,
  encodeEntry,
  newListWidths,
  readTar,
  verboseLine,
} from '../../../../src/userland/libc/tar';

const FIXTURES = join(__dirname, '../../../fixtures/tar');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
const fixtureText = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const LONG = 'long'.repeat(30);
const SEQ = Array.from({ length: 300 }, (_, i) => `${i + 1}\n`).join('');

/** The tree of make.sh, in --sort=name order, as [header, data]. */
function tree(mtime: number, owner: string): [TarEntryInput, Uint8Array?][] {
  const o = { mtime, uname: owner, gname: owner };
  const file = (name: string, text: string, mode = 0o644): [TarEntryInput, Uint8Array] => [
    { name, mode, ...o },
    encode(text),
  ];
  return [
    [{ name: './', typeflag: DIRTYPE, ...o }],
    [{ name: './bin/', typeflag: DIRTYPE, ...o }],
    file('./bin/busybox', '#!/bin/sh\n', 0o4755),
    [{ name: './bin/far', typeflag: SYMTYPE, mode: 0o777, linkname: `../${LONG}/file-in-long-dir`, ...o }],
    [{ name: './bin/sh', typeflag: SYMTYPE, mode: 0o777, linkname: 'busybox', ...o }],
    [{ name: './etc/', typeflag: DIRTYPE, ...o }],
    file('./etc/.wh.old', ''),
    file('./etc/block512', 'a'.repeat(512)),
    file('./etc/empty', ''),
    [{ name: './etc/fifo', typeflag: FIFOTYPE, ...o }],
    [{ name: './etc/null', typeflag: CHRTYPE, devmajor: 1, devminor: 3, ...o }],
    file('./etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n'),
    [{ name: './etc/passwd-', typeflag: LNKTYPE, linkname: './etc/passwd', ...o }],
    [{ name: './etc/sda', typeflag: BLKTYPE, devmajor: 8, devminor: 0, ...o }],
    file('./etc/seq', SEQ),
    [{ name: `./${LONG}/`, typeflag: DIRTYPE, ...o }],
    file(`./${LONG}/file-in-long-dir`, 'x\n'),
    [{ name: './private/', typeflag: DIRTYPE, mode: 0o700, ...o }],
    file('./private/.wh..wh..opq', ''),
  ];
}

function build(mtime: number, owner: string, numeric: boolean): Uint8Array {
  const w = new TarWriter(numeric ? { longLinkUname: '', longLinkGname: '' } : {});
  for (const [h, data] of tree(mtime, owner)) w.add(h, data);
  return w.finish();
}

describe('tar writer: byte-identical with GNU tar 1.34', () => {
  it('--sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner', () => {
    expect(build(0, '', true)).toEqual(fixture('tree.tar'));
  });

  it('--sort=name --mtime=@1700000000 --owner=0 --group=0 (user names, root in LongLink)', () => {
    expect(build(1700000000, 'root', false)).toEqual(fixture('tree-owner.tar'));
  });

  it('pads to the 10240-byte record, with at least two zero blocks', () => {
    expect(encodeEnd(0).length).toBe(10240);
    expect(encodeEnd(9216).length).toBe(1024);
    expect(encodeEnd(9728).length).toBe(10240 + 512);
    expect(new TarWriter().finish()).toEqual(new Uint8Array(10240));
  });

  it('writes GNU checksums: six octal digits, NUL, space', () => {
    const block = encodeEntry({ name: './', typeflag: DIRTYPE });
    expect(String.fromCharCode(...block.subarray(148, 156))).toBe('006042\0 ');
    expect(checksum(block)).toBe(0o6042);
  });

  it('uses base-256 for numbers that do not fit in octal', () => {
    const block = encodeEntry({ name: 'big', uid: 0o10000000 });
    expect([...block.subarray(108, 116)]).toEqual([0x80, 0, 0, 0, 0, 0x20, 0, 0]);
    expect(readTar(concat(block)).members[0]?.header.uid).toBe(0o10000000);
  });
});

function concat(entry: Uint8Array): Uint8Array {
  const out = new Uint8Array(entry.length + 1024);
  out.set(entry);
  return out;
}

describe('tar reader', () => {
  it('reads GNU tar archives back: long names, long links, data', () => {
    const { members, issues } = readTar(fixture('tree.tar'));
    expect(issues).toEqual([]);
    const expected = tree(0, '');
    expect(members.map((m) => m.header.name)).toEqual(expected.map(([h]) => h.name));
    const far = members.find((m) => m.header.name === './bin/far');
    expect(far?.header.linkname).toBe(`../${LONG}/file-in-long-dir`);
    const seq = members.find((m) => m.header.name === './etc/seq');
    expect(new TextDecoder().decode(seq?.data)).toBe(SEQ);
    expect(members.find((m) => m.header.name === './bin/busybox')?.header.mode).toBe(0o4755);
  });

  it('lists like tar -tvf', () => {
    for (const name of ['tree.tar', 'tree-owner.tar', 'tree-pax.tar', 'tree-ustar.tar']) {
      const widths = newListWidths();
      const text = readTar(fixture(name))
        .members.map((m) => verboseLine(m.header, widths))
        .join('');
      expect(text).toBe(fixtureText(name.replace('.tar', '.tvf')));
    }
  });

  it('reports what GNU reports for broken archives', () => {
    const good = fixture('tree.tar');
    expect(readTar(new Uint8Array(0)).issues).toEqual([{ problem: 'not-tar', block: 0 }]);
    expect(readTar(encode('hello\n'.repeat(100))).issues).toEqual([{ problem: 'not-tar', block: 0 }]);
    expect(readTar(new Uint8Array(512)).issues).toEqual([{ problem: 'lone-zero', block: 1 }]);
    const truncated = readTar(good.subarray(0, 1536 + 4));
    expect(truncated.issues.map((i) => i.problem)).toEqual(['truncated']);
    const bad = new Uint8Array(good.length + 1024);
    bad.set(good.subarray(0, 512));
    bad.fill(7, 512, 1024);
    bad.set(good, 1024);
    const r = readTar(bad);
    expect(r.issues).toEqual([{ problem: 'skipped', block: 1 }]);
    expect(r.members.length).toBe(20);
  });
});
