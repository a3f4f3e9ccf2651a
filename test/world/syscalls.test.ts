import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeSyscalls, syscallsMarkdown } from '../../src/world';

describe('syscall support page', () => {
  it('docs/syscalls.md is the page generated from the table', () => {
    expect(readFileSync(new URL('../../docs/syscalls.md', import.meta.url), 'utf8')).toBe(syscallsMarkdown());
  });

  it('every partial entry explains what is missing', () => {
    const vague = describeSyscalls().filter((r) => r.level === 'partial' && r.note.length < 10);
    expect(vague).toEqual([]);
  });
});
