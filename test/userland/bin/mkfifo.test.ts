import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

describe('mkfifo (expected output from coreutils 9.1)', () => {
  it('makes a named pipe with the umask applied', () => {
    expect(runSh('mkfifo /tmp/f; ls -l /tmp/f | cut -c1-10').output).toBe('prw-r--r--\n');
  });

  it('reports errors like GNU', () => {
    const r = runSh('mkfifo /tmp/x/y/z; echo $?; mkfifo; echo $?');
    expect(r.output).toBe(
      "mkfifo: cannot create fifo '/tmp/x/y/z': No such file or directory\n1\nmkfifo: missing operand\nTry 'mkfifo --help' for more information.\n1\n",
    );
  });

  it('a reader gets what a writer sends through the fifo', () => {
    expect(runSh('mkfifo /tmp/p; (echo through > /tmp/p &) ; cat /tmp/p').output).toBe('through\n');
  });
});
