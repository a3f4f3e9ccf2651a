// Option strings split as libmount does (checked with strace on util-linux 2.38.1's mount).
import { describe, expect, it } from 'vitest';
import { mergeOptions, parseMountOptions } from '../../../src/userland/libc/mntopts';
import {
  MS_BIND,
  MS_NOSUID,
  MS_RDONLY,
  MS_REC,
  MS_RELATIME,
  MS_REMOUNT,
} from '../../../src/kernel/abi/mount';
import { blocksHeader, parseBlockSize } from '../../../src/userland/libc/blocksize';

describe('parseMountOptions', () => {
  it('turns VFS options into flags and passes the rest as data', () => {
    expect(parseMountOptions('remount,ro,size=2m', MS_RELATIME)).toEqual({
      flags: MS_REMOUNT | MS_RDONLY | MS_RELATIME,
      data: 'size=2m',
      nofail: false,
    });
    expect(parseMountOptions('ro,nosuid,bind')).toMatchObject({
      flags: MS_RDONLY | MS_NOSUID | MS_BIND,
      data: '',
    });
    expect(parseMountOptions('rbind,defaults,noauto,x-foo=1,nofail')).toEqual({
      flags: MS_BIND | MS_REC,
      data: '',
      nofail: true,
    });
  });

  it('keeps overlay layer lists whole', () => {
    const o = parseMountOptions('lowerdir=/a:/b,upperdir=/u,workdir=/w,redirect_dir=off');
    expect(o.data).toBe('lowerdir=/a:/b,upperdir=/u,workdir=/w,redirect_dir=off');
    expect(o.flags).toBe(0);
  });

  it('merges mountinfo options the way mount lists them', () => {
    expect(mergeOptions('ro,nosuid,relatime', 'ro,size=1024k,mode=700')).toBe(
      'ro,nosuid,relatime,size=1024k,mode=700',
    );
    expect(mergeOptions('rw,relatime', 'rw')).toBe('rw,relatime');
  });
});

describe('df -B headers (coreutils 9.1)', () => {
  it.each([
    ['512', '512B-blocks'],
    ['1K', '1K-blocks'],
    ['1M', '1M-blocks'],
    ['1MB', '1MB-blocks'],
    ['4096', '4K-blocks'],
    ['1000', '1kB-blocks'],
    ['2M', '2M-blocks'],
    ['1G', '1G-blocks'],
  ])('-B%s', (spec, header) => {
    const bs = parseBlockSize(spec);
    expect(bs && blocksHeader(bs)).toBe(header);
  });
  it('rejects bad sizes', () => {
    expect(parseBlockSize('x')).toBeUndefined();
    expect(parseBlockSize('0')).toBeUndefined();
  });
});
