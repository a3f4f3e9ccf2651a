// End to end: the file commands in a booted machine (spawned directly; see files/spawn.ts).
// Expected messages were printed by coreutils 9.1 / attr 2.5 on Debian 12.
import { describe, expect, it } from 'vitest';
import { runCmds } from './files/spawn';

const errs = (cmds: string[][]): string[] => runCmds(cmds).map((r) => `${r.stderr}${r.status}`);

describe('error messages and statuses', () => {
  it('mkdir, rmdir, rm', () => {
    expect(
      errs([
        ['mkdir', '/tmp/a'],
        ['mkdir', '/tmp/a'],
        ['mkdir', '/tmp/nodir/sub'],
        ['mkdir', '-m', 'zz', '/tmp/q'],
        ['mkdir'],
        ['mkdir', '-p', '/tmp/a/b/c'],
        ['rmdir', '/tmp/a'],
        ['rmdir', '/tmp/nonex'],
        ['rm', '/tmp/nonex'],
        ['rm', '/tmp/a'],
        ['rm', '-r', '/'],
        ['rm', '-r', '..'],
        ['rm', '-f', '/tmp/nonex'],
      ]),
    ).toEqual([
      '0',
      'mkdir: cannot create directory ‘/tmp/a’: File exists\n1',
      'mkdir: cannot create directory ‘/tmp/nodir/sub’: No such file or directory\n1',
      'mkdir: invalid mode ‘zz’\n1',
      "mkdir: missing operand\nTry 'mkdir --help' for more information.\n1",
      '0',
      "rmdir: failed to remove '/tmp/a': Directory not empty\n1",
      "rmdir: failed to remove '/tmp/nonex': No such file or directory\n1",
      "rm: cannot remove '/tmp/nonex': No such file or directory\n1",
      "rm: cannot remove '/tmp/a': Is a directory\n1",
      "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n1",
      "rm: refusing to remove '.' or '..' directory: skipping '..'\n1",
      '0',
    ]);
  });

  it('ls, stat, touch, cp, mv, ln', () => {
    expect(
      errs([
        ['ls', '/nonex'],
        ['stat', '/nonex'],
        ['touch', '/nd/f'],
        ['mkdir', '/tmp/d'],
        ['cp', '/tmp/d', '/tmp/e'],
        ['cp', '/nonex', '/tmp/e'],
        ['touch', '/tmp/f'],
        ['cp', '/tmp/f', '/tmp/f'],
        ['mv', '/nonex', '/tmp/b'],
        ['ln', '/tmp/f', '/tmp/f'],
        ['ln', '-s', '/tmp/f', '/tmp/f'],
        ['ln', '/tmp/d', '/tmp/dd'],
        ['chmod', 'zz', '/tmp/f'],
        ['chown', 'nouser', '/tmp/f'],
        ['mknod', '/tmp/p1', 'p'],
        ['mknod', '/tmp/p1', 'p'],
        ['find', '/nonex'],
        ['find', '.', '-foo'],
      ]),
    ).toEqual([
      "ls: cannot access '/nonex': No such file or directory\n2",
      "stat: cannot statx '/nonex': No such file or directory\n1",
      "touch: cannot touch '/nd/f': No such file or directory\n1",
      '0',
      "cp: -r not specified; omitting directory '/tmp/d'\n1",
      "cp: cannot stat '/nonex': No such file or directory\n1",
      '0',
      "cp: '/tmp/f' and '/tmp/f' are the same file\n1",
      "mv: cannot stat '/nonex': No such file or directory\n1",
      "ln: failed to create hard link '/tmp/f': File exists\n1",
      "ln: failed to create symbolic link '/tmp/f': File exists\n1",
      'ln: /tmp/d: hard link not allowed for directory\n1',
      "chmod: invalid mode: ‘zz’\nTry 'chmod --help' for more information.\n1",
      'chown: invalid user: ‘nouser’\n1',
      '0',
      'mknod: /tmp/p1: File exists\n1',
      'find: ‘/nonex’: No such file or directory\n1',
      "find: unknown predicate `-foo'\n1",
    ]);
  });
});

describe('output', () => {
  it('verbose messages of cp, mv, ln, rm, chmod, mkdir', () => {
    const r = runCmds([
      ['mkdir', '-pv', '/tmp/x/y'],
      ['touch', '/tmp/f'],
      ['cp', '-v', '/tmp/f', '/tmp/g'],
      ['mv', '-v', '/tmp/g', '/tmp/h'],
      ['ln', '-v', '/tmp/f', '/tmp/hl'],
      ['ln', '-sv', 'f', '/tmp/sl'],
      ['chmod', '-v', '755', '/tmp/f'],
      ['chmod', '-v', 'u+x', '/tmp/f'],
      ['rm', '-rv', '/tmp/x'],
    ]);
    expect(r.map((x) => x.stdout).join('')).toBe(
      "mkdir: created directory '/tmp/x'\nmkdir: created directory '/tmp/x/y'\n" +
        "'/tmp/f' -> '/tmp/g'\nrenamed '/tmp/g' -> '/tmp/h'\n'/tmp/hl' => '/tmp/f'\n'/tmp/sl' -> 'f'\n" +
        "mode of '/tmp/f' changed from 0644 (rw-r--r--) to 0755 (rwxr-xr-x)\n" +
        "mode of '/tmp/f' retained as 0755 (rwxr-xr-x)\n" +
        "removed directory '/tmp/x/y'\nremoved directory '/tmp/x'\n",
    );
  });

  it('ls -l, -F, -1 and stat -c', () => {
    const r = runCmds([
      ['mkdir', '/tmp/t'],
      ['mkdir', '/tmp/t/d'],
      ['touch', '/tmp/t/f'],
      ['ln', '-s', 'f', '/tmp/t/sl'],
      ['mknod', '/tmp/t/p', 'p'],
      ['ls', '/tmp/t'],
      ['ls', '-F', '/tmp/t'],
      ['stat', '-c', '%n %F %A %h', '/tmp/t/f', '/tmp/t/sl', '/tmp/t/p'],
      ['ls', '-ld', '/tmp/t/sl'],
    ]);
    expect(r[5]!.stdout).toBe('d\nf\np\nsl\n');
    expect(r[6]!.stdout).toBe('d/\nf\np|\nsl@\n');
    expect(r[7]!.stdout).toBe(
      '/tmp/t/f regular empty file -rw-r--r-- 1\n/tmp/t/sl symbolic link lrwxrwxrwx 1\n/tmp/t/p fifo prw-r--r-- 1\n',
    );
    expect(r[8]!.stdout).toMatch(/^lrwxrwxrwx 1 root root 1 \w{3} [ \d]\d \d\d:\d\d \/tmp\/t\/sl -> f\n$/);
  });

  it('ls on a terminal uses columns and quotes odd names', () => {
    const r = runCmds(
      [
        ['mkdir', '/tmp/q'],
        ['touch', '/tmp/q/a b', '/tmp/q/alpha', '/tmp/q/beta'],
        ['ls', '/tmp/q'],
      ],
      { ttyCols: 80 },
    );
    expect(r[2]!.stdout).toBe("'a b'   alpha   beta\n");
  });

  it('getfattr and setfattr', () => {
    const r = runCmds([
      ['touch', '/tmp/f'],
      ['setfattr', '-n', 'user.x', '-v', 'hello', '/tmp/f'],
      ['setfattr', '-n', 'user.bin', '-v', '0x0001ff', '/tmp/f'],
      ['getfattr', '-d', '/tmp/f'],
      ['getfattr', '-n', 'user.nope', '/tmp/f'],
      ['setfattr', '-x', 'user.nope', '/tmp/f'],
      ['getfattr', '-d', '--absolute-names', '-e', 'hex', '/tmp/f'],
    ]);
    expect(r[3]!.stdout).toBe('# file: tmp/f\nuser.bin=0sAAH/\nuser.x="hello"\n\n');
    expect(r[3]!.stderr).toBe("getfattr: Removing leading '/' from absolute path names\n");
    expect(r[4]!.stderr).toBe('/tmp/f: user.nope: No such attribute\n');
    expect(r[4]!.status).toBe(1);
    expect(r[5]!.stderr).toBe('setfattr: /tmp/f: No such attribute\n');
    expect(r[6]!.stdout).toBe('# file: /tmp/f\nuser.bin=0x0001ff\nuser.x=0x68656c6c6f\n\n');
  });

  it('find tests, -exec and -delete', () => {
    const r = runCmds([
      ['mkdir', '-p', '/tmp/r/d/e'],
      ['touch', '/tmp/r/d/x', '/tmp/r/d/e/y', '/tmp/r/f'],
      ['find', '/tmp/r', '-name', 'y'],
      ['find', '/tmp/r', '-type', 'd', '-name', 'e', '-o', '-name', 'f'],
      ['find', '/tmp/r/d', '-type', 'f', '-exec', 'echo', 'a{}b', ';'],
      ['find', '/tmp/r/d', '-delete'],
      ['find', '/tmp/r', '-maxdepth', '0'],
      ['ls', '/tmp/r'],
    ]);
    expect(r[2]!.stdout).toBe('/tmp/r/d/e/y\n');
    expect(r[3]!.stdout.split('\n').sort().join(' ')).toBe(' /tmp/r/d/e /tmp/r/f');
    expect(r[4]!.stdout.split('\n').sort().join(' ')).toBe(' a/tmp/r/d/e/yb a/tmp/r/d/xb');
    expect(r[5]!.status).toBe(0);
    expect(r[6]!.stdout).toBe('/tmp/r\n');
    expect(r[7]!.stdout).toBe('f\n');
  });

  it('readlink, realpath, du', () => {
    const r = runCmds([
      ['mkdir', '/tmp/z'],
      ['ln', '-s', '/tmp/z', '/tmp/lz'],
      ['readlink', '/tmp/lz'],
      ['readlink', '-f', '/tmp/lz/../z/nonex'],
      ['readlink', '-e', '/tmp/nonex'],
      ['realpath', '/tmp/nonex/x'],
      ['realpath', '-m', '/tmp/a/../../b'],
    ]);
    expect(r[2]!.stdout).toBe('/tmp/z\n');
    expect(r[3]!.stdout).toBe('/tmp/z/nonex\n');
    expect(`${r[4]!.stdout}${r[4]!.stderr}${r[4]!.status}`).toBe('1');
    expect(r[5]!.stderr).toBe('realpath: /tmp/nonex/x: No such file or directory\n');
    expect(r[6]!.stdout).toBe('/b\n');
  });
});
