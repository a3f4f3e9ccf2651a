// @vitest-environment node
// Share links and machine files: a world's journal encoded into a link and decoded rebuilds the
// same machine; bad links and files are refused with a reason, never a throw.

import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  SHARE_LIMITS,
  SHARE_PREFIX,
  toBase64Url,
} from '../../../src/ui/storage/share';
import { exportName, exportText, parseExport } from '../../../src/ui/storage/transfer';
import { createWorld, replayJournal, type Journal } from '../../../src/world';

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function machineJournal(): Journal {
  const world = createWorld({ seed: 1 });
  world.exec('mkdir -p /root/work && echo shared > /root/work/note.txt');
  return world.journal();
}

describe('share links', () => {
  it('round trip: the decoded journal rebuilds the same world', async () => {
    const journal = machineJournal();
    const fragment = await encodeShare({ context: 'sandbox', journal });
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(fragment.slice(SHARE_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = await decodeShare(fragment);
    expect(decoded).toEqual({ ok: true, shared: { context: 'sandbox', journal } });
    if (!decoded?.ok) return;
    const replay = replayJournal(decoded.shared.journal);
    expect(replay.step()).toBe(true);
    expect(replay.world.exec('cat /root/work/note.txt').stdout).toBe('shared\n');
  });

  it('is not a share link: null', async () => {
    expect(await decodeShare('')).toBeNull();
    expect(await decodeShare('#view=trace')).toBeNull();
  });

  const payload = (data: unknown) => deflate(JSON.stringify(data));
  const link = async (bytes: Uint8Array | Promise<Uint8Array>) => SHARE_PREFIX + toBase64Url(await bytes);

  it.each([
    ['not base64url', Promise.resolve(SHARE_PREFIX + 'abc$%^')],
    ['empty', Promise.resolve(SHARE_PREFIX)],
    ['not deflate-raw data', link(new TextEncoder().encode('plain text, not compressed'))],
    ['not JSON', link(deflate('{"glasshouse":'))],
    ['not a Glasshouse share', link(payload({ hello: 'world' }))],
    ['context', link(payload({ glasshouse: 'share', v: 1, context: '../x', journal: machineJournal() }))],
    [
      'journal: entries',
      link(
        payload({
          glasshouse: 'share',
          v: 1,
          context: 'sandbox',
          journal: { version: 1, seed: 1, profile: 'default', uptimeNs: 0, entries: 'x' },
        }),
      ),
    ],
  ])('refuses a link that is %s', async (reason, made) => {
    const decoded = await decodeShare(await made);
    expect(decoded?.ok).toBe(false);
    if (decoded && !decoded.ok)
      expect(decoded.error.toLowerCase()).toContain(reason.split(':')[0]?.toLowerCase());
  });

  it(`refuses a link that inflates past ${SHARE_LIMITS.bytes} bytes (a zip bomb)`, async () => {
    const bomb = await deflate(' '.repeat(SHARE_LIMITS.bytes + 10));
    expect(bomb.length).toBeLessThan(20_000);
    const decoded = await decodeShare(SHARE_PREFIX + toBase64Url(bomb));
    expect(decoded).toEqual({ ok: false, error: `larger than ${SHARE_LIMITS.bytes} bytes` });
  });

  it('refuses a fragment longer than the limit without decoding it', async () => {
    const decoded = await decodeShare(SHARE_PREFIX + 'A'.repeat(SHARE_LIMITS.fragmentChars + 1));
    expect(decoded).toEqual({ ok: false, error: 'too long' });
  });
});

describe('machine files', () => {
  const at = new Date('2026-11-25T12:00:00Z');

  it('export then import gives the machine and the progress back', () => {
    const journal = machineJournal();
    const progress = new Map([['namespaces', ['intro']]]);
    const text = exportText({ context: 'namespaces', journal, progress }, at);
    expect(parseExport(text)).toEqual({ ok: true, file: { context: 'namespaces', journal, progress } });
    expect(exportName('namespaces', at)).toBe('glasshouse-namespaces-2026-11-25.json');
  });

  it.each([
    ['', 'not JSON'],
    ['[1]', 'not an object'],
    ['{"glasshouse":"share","v":1}', 'not a Glasshouse machine file'],
    ['{"glasshouse":"machine","v":1,"context":"sandbox","journal":null}', 'journal: not an object'],
  ])('refuses %j', (text, error) => {
    const result = parseExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });

  it('a __proto__ in a file pollutes nothing', () => {
    const text = exportText(
      { context: 'sandbox', journal: machineJournal(), progress: new Map() },
      at,
    ).replace('{"glasshouse"', '{"__proto__":{"polluted":1},"glasshouse"');
    const result = parseExport(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.file).sort()).toEqual(['context', 'journal', 'progress']);
  });
});
