import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from '../../../src/userland/libc/xattr';

const bytes = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

// From getfattr -d after setfattr -v ... on Debian (attr 2.5.1).
describe('xattr values', () => {
  it('renders like getfattr', () => {
    expect(encodeValue(bytes('hello'))).toBe('"hello"');
    expect(encodeValue(bytes('x"y\\z'))).toBe('"x\\"y\\\\z"');
    expect(encodeValue(bytes('a\tb\nc'))).toBe('0sYQliCmM=');
    expect(encodeValue(Uint8Array.from([0x41, 0x42, 0, 0x43]))).toBe('0sQUIAQw==');
    expect(encodeValue(Uint8Array.from([0, 1, 0xff]))).toBe('0sAAH/');
    expect(encodeValue(bytes(''))).toBe('""');
    expect(encodeValue(Uint8Array.from([0, 1, 0xff]), 'hex')).toBe('0x0001ff');
    expect(encodeValue(bytes('x"y\\z'), 'hex')).toBe('0x7822795c7a');
  });
  it('parses like setfattr -v', () => {
    expect([...(decodeValue('"quoted"') ?? [])]).toEqual([...bytes('quoted')]);
    expect([...(decodeValue('0x41420043') ?? [])]).toEqual([0x41, 0x42, 0, 0x43]);
    expect([...(decodeValue('0sAAH/') ?? [])]).toEqual([0, 1, 0xff]);
    expect([...(decodeValue('plain') ?? [])]).toEqual([...bytes('plain')]);
    expect(decodeValue('0xzz')).toBeNull();
  });
});
