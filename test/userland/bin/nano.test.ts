// nano on the simulated terminal. Expected screen rows were recorded from GNU nano 7.2 on Debian 12
// (TERM=xterm-256color, 80x24 pty, Debian's /etc/nanorc) with the same keys, replayed on a small
// terminal emulator; file contents are checked with cat -A after nano exits.

import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';
import { session } from './nano/session';
import type { Session } from './nano/session';

const BAR1 = '^G Help      ^O Write Out ^W Where Is  ^K Cut       ^T Execute   ^C Location    ';
const BAR2 = '^X Exit      ^R Read File ^\\ Replace   ^U Paste     ^J Justify   ^/ Go To Line  ';
const BAR_MARKS = '##...........##...........##...........##...........##...........##'.padEnd(80, '.');
const WRITE1 = '^G Help             M-D DOS Format      M-A Append          M-B Backup File     ';
const WRITE2 = '^C Cancel           M-M Mac Format      M-P Prepend         ^T Browse           ';
const STATUS = 21;

/** The status row as nano centres a message: "[ text ]". */
const centred = (text: string): string => {
  const start = Math.floor((80 - text.length) / 2) - 2;
  return (' '.repeat(start) + `[ ${text} ]`).padEnd(80);
};

/** Run a shell command after clearing the screen; returns what it printed plus the next prompt. */
function shell(s: Session, command: string): string {
  s.type(`clear; ${command}\r`);
  return s.screen();
}

describe('nano: writing a file', () => {
  it('shows the title, [ New File ] and the shortcuts, writes with ^O Enter and exits with status 0', () => {
    const s = session();
    s.type('nano Dockerfile\r');
    expect(s.row(0)).toBe('  GNU nano 7.2                       Dockerfile'.padEnd(80));
    expect(s.vt.marks(0)).toBe('#'.repeat(80));
    expect(s.row(STATUS)).toBe(centred('New File'));
    expect(s.row(22)).toBe(BAR1);
    expect(s.row(23)).toBe(BAR2);
    expect(s.vt.marks(22)).toBe(BAR_MARKS);
    s.type('FROM python:3.11\rCOPY app.py .\r');
    expect(s.row(0)).toBe('  GNU nano 7.2                       Dockerfile *'.padEnd(80));
    expect(s.row(1).trimEnd()).toBe('FROM python:3.11');
    expect(s.row(2).trimEnd()).toBe('COPY app.py .');
    // More than 20 keystrokes wipe the message.
    expect(s.row(STATUS)).toBe(' '.repeat(80));
    s.type('\x0f');
    expect(s.row(STATUS)).toBe('File Name to Write: Dockerfile'.padEnd(80));
    expect(s.vt.marks(STATUS)).toBe('#'.repeat(80));
    expect(s.row(22)).toBe(WRITE1);
    expect(s.row(23)).toBe(WRITE2);
    s.type('\r');
    expect(s.row(0)).toBe('  GNU nano 7.2                       Dockerfile'.padEnd(80));
    expect(s.row(STATUS)).toBe(centred('Wrote 3 lines'));
    s.type('\x18');
    expect(shell(s, 'echo rc=$?; cat -A Dockerfile')).toBe(
      'rc=0\nFROM python:3.11$\nCOPY app.py .$\n$\nroot@glasshouse:~#',
    );
  });

  it('asks "Save modified buffer?" on ^X: N leaves without writing, Y asks for the name', () => {
    const s = session();
    s.type('nano app.py\r');
    s.type("print('hi')");
    expect(s.row(0)).toBe('  GNU nano 7.2                         app.py *'.padEnd(80));
    expect(s.row(STATUS)).toBe(centred('New File'));
    s.type('\x18');
    expect(s.row(STATUS)).toBe('Save modified buffer?'.padEnd(80));
    expect(s.row(22)).toBe(' Y Yes'.padEnd(80));
    expect(s.row(23)).toBe(' N No           ^C Cancel'.padEnd(80));
    expect(s.vt.marks(23)).toBe('##..............##'.padEnd(80, '.'));
    s.type('n');
    expect(shell(s, 'ls app.py')).toContain("ls: cannot access 'app.py': No such file or directory");
    s.type('nano app.py\r');
    s.type("print('hi')\x18y");
    expect(s.row(STATUS)).toBe('File Name to Write: app.py'.padEnd(80));
    s.type('\r');
    expect(shell(s, 'cat -A app.py')).toBe("print('hi')$\nroot@glasshouse:~#");
  });

  it('refuses a directory, and reports write errors on the status bar', () => {
    const s = session();
    s.type('nano /tmp\r');
    expect(s.row(0)).toBe('  GNU nano 7.2                       New Buffer'.padEnd(80));
    expect(s.row(STATUS)).toBe(centred('"/tmp" is a directory'));
    expect(s.vt.marks(STATUS)).not.toContain('#');
    s.type('hi\x0f/tmp\r');
    expect(s.row(STATUS)).toBe('File "/tmp" exists; OVERWRITE?'.padEnd(80));
    s.type('y');
    expect(s.row(STATUS)).toBe(centred('Error writing /tmp: Is a directory'));
    s.type('\x0f/nonexist/x\r');
    expect(s.row(STATUS)).toBe(centred('Error writing /nonexist/x: No such file or directory'));
    s.type('\x18n');
    expect(shell(s, 'echo rc=$?')).toBe('rc=0\nroot@glasshouse:~#');
  });

  it('warns about a read-only directory and reports the failed write', () => {
    const s = session();
    s.type('mkdir /mnt/ro; mount -t tmpfs -o ro tmpfs /mnt/ro; nano /mnt/ro/f\r');
    expect(s.row(0)).toBe('  GNU nano 7.2                        /mnt/ro/f'.padEnd(80));
    expect(s.row(STATUS)).toBe(centred("Directory '/mnt/ro' is not writable"));
    s.type('hi');
    s.type('\x0f\r');
    expect(s.row(STATUS)).toBe(centred('Error writing /mnt/ro/f: Read-only file system'));
    s.type('\x18n');
  });

  it('empty file name at the prompt, and ^C, cancel', () => {
    const s = session();
    s.type('nano\r');
    expect(s.row(STATUS)).toBe(centred('Welcome to nano.  For basic help, type Ctrl+G.'));
    s.type('hi\x0f');
    expect(s.row(STATUS)).toBe('File Name to Write:'.padEnd(80));
    s.type('\r');
    expect(s.row(STATUS)).toBe(centred('Cancelled'));
    s.type('\x0fx\x03');
    expect(s.row(STATUS)).toBe(centred('Cancelled'));
    s.type('\x18n');
  });
});

describe('nano: editing', () => {
  it('cuts and pastes lines; successive ^K collect lines in the cut buffer', () => {
    const s = session();
    s.type("printf 'one\\ntwo\\nthree\\n' > f.txt; nano f.txt\r");
    expect(s.row(STATUS)).toBe(centred('Read 3 lines'));
    s.type('\x15');
    expect(s.row(STATUS)).toBe(centred('Cutbuffer is empty'));
    s.type('\x0b\x0b');
    expect(s.row(1).trimEnd()).toBe('three');
    expect(s.row(STATUS)).toBe(' '.repeat(80));
    s.type('\x15\x1b/\x0b');
    expect(s.row(STATUS)).toBe(centred('Nothing was cut'));
    s.type('\x15');
    expect(s.screen().split('\n').slice(1, 6)).toEqual(['one', 'two', 'three', 'one', 'two']);
    expect(s.vt.row).toBe(6);
    s.type('\x0f\r');
    expect(s.row(STATUS)).toBe(centred('Wrote 5 lines'));
    s.type('\x18');
    expect(shell(s, 'cat f.txt')).toBe('one\ntwo\nthree\none\ntwo\nroot@glasshouse:~#');
  });

  it('shows tabs to the next multiple of 8 and reports the cursor position with ^C', () => {
    const s = session();
    s.type('nano x\r');
    s.type('hello\tworld\rline2\x03');
    expect(s.row(1).trimEnd()).toBe('hello   world');
    expect(s.row(STATUS)).toBe(centred('line  2/3 (66%), col  6/ 6 (100%), char 17/18 (94%)'));
    expect([s.vt.row, s.vt.col]).toEqual([2, 5]);
    s.type('\x18n');
  });

  it('Backspace joins lines, Delete removes the character under the cursor', () => {
    const s = session();
    s.type('nano x\r');
    s.type('ab\rcd\x1b[D\x1b[D\x7f\x1b[3~\x0f\r\x18');
    expect(shell(s, 'cat -A x')).toBe('abd$\nroot@glasshouse:~#');
  });

  it('scrolls a long line sideways with < and > marks', () => {
    const s = session();
    const long = Array.from({ length: 60 }, (_, i) => String(i + 1)).join('');
    s.type(`printf '%s\\nshort\\n' ${long} > long.txt; nano long.txt\r`);
    expect(s.row(1)).toBe('1234567891011121314151617181920212223242526272829303132333435363738394041424344>');
    expect(s.vt.marks(1)).toBe('.'.repeat(79) + '#');
    s.type('\x05');
    expect(s.row(1)).toBe('<42434445464748495051525354555657585960'.padEnd(80));
    expect([s.vt.row, s.vt.col]).toEqual([1, 39]);
    s.type('\x0e');
    expect(s.row(1)).toBe('1234567891011121314151617181920212223242526272829303132333435363738394041424344>');
    expect([s.vt.row, s.vt.col]).toEqual([2, 5]);
    s.type('\x10' + '\x02'.repeat(60));
    expect([s.vt.row, s.vt.col]).toEqual([1, 51]);
    s.type('\x18');
  });

  it('moves by pages with PgDn/PgUp and scrolls one line at the bottom', () => {
    const s = session();
    s.type('seq 100 > h.txt; nano h.txt\r');
    s.type('\x0e\x0e\x0e\x1b[6~');
    expect([s.row(1).trimEnd(), s.row(20).trimEnd(), s.vt.row]).toEqual(['19', '38', 4]);
    s.type('\x1b[6~\x1b[5~');
    expect([s.row(1).trimEnd(), s.row(20).trimEnd(), s.vt.row]).toEqual(['19', '38', 4]);
    s.type('\x0e'.repeat(30));
    expect([s.row(1).trimEnd(), s.row(20).trimEnd(), s.vt.row]).toEqual(['33', '52', 20]);
    s.type('\x10'.repeat(25));
    expect([s.row(1).trimEnd(), s.vt.row]).toEqual(['27', 1]);
    s.type('\x1b[6~'.repeat(5));
    expect([s.row(1).trimEnd(), s.row(2).trimEnd(), s.vt.row]).toEqual(['99', '100', 3]);
    s.type('\x18');
  });
});

describe('nano: searching and moving', () => {
  it('^W finds text ignoring case, wraps around, and says when it is not found', () => {
    const s = session();
    s.type("printf 'Alpha\\nbeta\\nalpha gamma\\n' > s.txt; nano s.txt\r");
    s.type('\x17');
    expect(s.row(STATUS)).toBe('Search:'.padEnd(80));
    s.type('alpha\r\x03');
    expect(s.row(STATUS)).toBe(centred('line  3/4 (75%), col  1/12 (  8%), char 11/23 (47%)'));
    s.type('\x17');
    expect(s.row(STATUS)).toBe('Search [alpha]:'.padEnd(80));
    s.type('\r');
    expect(s.row(STATUS)).toBe(centred('Search Wrapped'));
    expect([s.vt.row, s.vt.col]).toEqual([1, 0]);
    s.type('\x17zz\r');
    expect(s.row(STATUS)).toBe(centred('"zz" not found'));
    expect(s.vt.marks(STATUS)).toBe('.'.repeat(31) + '!'.repeat(18) + '.'.repeat(31));
    s.type('\x17gamma\r\x17gamma\r');
    expect(s.row(STATUS)).toBe(centred('This is the only occurrence'));
    s.type('\x18');
  });

  it('^/ goes to a line, centring it on the screen', () => {
    const s = session();
    s.type('seq 100 > h.txt; nano h.txt\r');
    s.type('\x1f');
    expect(s.row(STATUS)).toBe('Enter line number, column number:'.padEnd(80));
    s.type('30\r');
    expect([s.row(1).trimEnd(), s.vt.row]).toEqual(['20', 11]);
    s.type('\x1fabc\r');
    expect(s.row(STATUS)).toBe(centred('Invalid line or column number'));
    s.type('\x18');
  });

  it('^G shows the help text and ^X closes it', () => {
    const s = session();
    s.type('nano x\r');
    s.type('\x07');
    expect(s.row(0)).toBe('                               Main nano help text'.padEnd(80));
    expect(s.row(2).trimEnd()).toBe(
      ' The nano editor is designed to emulate the functionality and ease-of-use',
    );
    expect(s.row(3).trimEnd()).toBe(
      ' of the UW Pico text editor.  There are four main sections of the editor.',
    );
    expect(s.row(19).trimEnd()).toBe('^G     (F1)      Display this help text');
    expect(s.row(20).trimEnd()).toBe('^X     (F2)      Close the current buffer / Exit from nano');
    expect(s.row(22)).toBe(
      '^L Refresh   ^W Where Is  M-Q Previous ^P Prev Line ^Y Prev Page M-\\ First Line ',
    );
    s.type('\x18');
    expect(s.row(0)).toBe(('  GNU nano 7.2'.padEnd(42) + 'x').padEnd(80));
    s.type('\x18');
  });
});

describe('nano: the terminal', () => {
  it('redraws for the new size on SIGWINCH', () => {
    const s = session();
    s.type("printf 'one\\ntwo\\nthree\\n' > f.txt; nano f.txt\r");
    s.resize(100, 30);
    expect(s.row(0)).toBe('  GNU nano 7.2                                    f.txt'.padEnd(100));
    expect(s.row(1).trimEnd()).toBe('one');
    expect(s.row(27)).toBe(' '.repeat(100));
    expect(s.row(28)).toBe(
      '^G Help       ^O Write Out  ^W Where Is   ^K Cut        ^T Execute    ^C Location   M-U Undo        ',
    );
    expect(s.row(29)).toBe(
      '^X Exit       ^R Read File  ^\\ Replace    ^U Paste      ^J Justify    ^/ Go To Line M-E Redo        ',
    );
    s.type('\x18');
  });

  it('gives the terminal back in canonical mode with echo', () => {
    const s = session();
    s.type('nano x\r');
    s.type('\x18');
    expect(shell(s, 'echo back')).toBe('back\nroot@glasshouse:~#');
  });

  it('starts at +LINE,COLUMN with the line centred', () => {
    const s = session();
    s.type('seq 100 > h.txt; nano +50,2 h.txt\r');
    s.type('\x03');
    expect([s.row(1).trimEnd(), s.vt.row, s.vt.col]).toEqual(['40', 11, 1]);
    expect(s.row(STATUS)).toBe(centred('line  50/101 (49%), col  2/ 3 ( 66%), char 139/292 (47%)'));
    s.type('\x18');
  });

  it('fits a 20x4 terminal: no shortcut rows, the question cut to the width', () => {
    const s = session(20, 4);
    s.type('seq 100 > h.txt; nano h.txt\r');
    expect([s.row(0), s.row(1), s.row(2), s.row(3)]).toEqual([
      '   h.txt            ',
      '1                   ',
      '2                   ',
      ' [ Read 100 lines ] ',
    ]);
    s.type('hi');
    s.type('\x18');
    expect([s.row(0), s.row(3)]).toEqual(['   h.txt *          ', 'Save modified buffe ']);
    expect([s.vt.row, s.vt.col]).toEqual([3, 19]);
    s.type('n');
  });

  it('needs a terminal on standard input', () => {
    const r = runSh('nano /tmp/q');
    expect(r.stderr).toBe('Standard input is not a terminal\n');
    expect(r.status).toBe(1);
  });

  it('prints its version and usage, and rejects unknown options', () => {
    const v = runSh('nano -V');
    expect(v.stdout).toBe(
      ' GNU nano, version 7.2\n (C) 2023 the Free Software Foundation and various contributors\n' +
        ' Compiled options: --disable-libmagic --enable-utf8\n',
    );
    const h = runSh('nano -h | head -3; nano --help | wc -l');
    expect(h.stdout).toBe(
      'Usage: nano [OPTIONS] [[+LINE[,COLUMN]] FILE]...\n\n' +
        'To place the cursor on a specific line of a file, put the line number with\n61\n',
    );
    const bad = runSh('nano --bogus; echo rc=$?; nano -z');
    expect(bad.stdout).toBe(
      "Type 'nano -h' for a list of available options.\nrc=1\nType 'nano -h' for a list of available options.\n",
    );
    expect(bad.stderr).toBe("nano: unrecognized option '--bogus'\nnano: invalid option -- 'z'\n");
  });
});
