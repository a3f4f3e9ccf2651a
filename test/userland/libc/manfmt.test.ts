// man page layout checked against man-db 2.11 / groff 1.22 on Debian 12 (`man -l page.1`).
import { describe, expect, it } from 'vitest';
import { manSummary, renderManPage } from '../../../src/userland/libc/manfmt';

const PAGE =
  'NAME\n       tee - read from standard input and write to standard output and files\n\n' +
  'SYNOPSIS\n       tee [OPTION]... [FILE]...\n\nDESCRIPTION\n' +
  '       Copy standard input to each FILE, and also to standard output.  With -a the files are appended to, not overwritten, and -i ignores interrupt signals.  The output goes to all of them at once so that a pipeline can be watched while it runs and saved at the same time for later.\n\n' +
  '       Second paragraph here.\n';

describe('renderManPage', () => {
  it('lays out a page at 80 columns like man', () => {
    expect(renderManPage(PAGE, 'TEE(1)', 80)).toBe(
      'TEE(1)                      General Commands Manual                     TEE(1)\n\n' +
        'NAME\n       tee - read from standard input and write to standard output and files\n\n' +
        'SYNOPSIS\n       tee [OPTION]... [FILE]...\n\nDESCRIPTION\n' +
        '       Copy standard input to each FILE, and also to standard output.  With -a\n' +
        '       the files are appended to, not overwritten, and  -i  ignores  interrupt\n' +
        '       signals.  The output goes to all of them at once so that a pipeline can\n' +
        '       be watched while it runs and saved at the same time for later.\n\n' +
        '       Second paragraph here.\n\n' +
        '                                                                        TEE(1)\n',
    );
  });

  it('alternates where the extra spaces go, as groff does (MANWIDTH=50)', () => {
    const lines = renderManPage(PAGE, 'TEE(1)', 50).split('\n');
    const at = lines.indexOf('DESCRIPTION');
    expect(lines.slice(at + 1, at + 9)).toEqual([
      '       Copy standard input  to  each  FILE,  and',
      '       also  to  standard  output.   With -a the',
      '       files are appended to,  not  overwritten,',
      '       and  -i  ignores  interrupt signals.  The',
      '       output goes to all of  them  at  once  so',
      '       that  a  pipeline can be watched while it',
      '       runs and  saved  at  the  same  time  for',
      '       later.',
    ]);
  });

  it('reads the summary from NAME', () => {
    expect(manSummary(PAGE)).toBe('tee - read from standard input and write to standard output and files');
  });
});
