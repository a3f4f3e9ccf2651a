// Expected texts recorded from GNU Wget 1.21.3 on Debian 12 (a python http.server on loopback);
// the date stamps are the simulated clock's, the rest is byte for byte.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';
import { dotLine, rate } from '../../../src/userland/bin/wget';

const SERVE =
  'mkdir /tmp/www; echo hello > /tmp/www/index.html; httpd -p 8765 -h /tmp/www; sleep 0.1; cd /tmp; ';

describe('wget', () => {
  it('saves a page and reports it on stderr in dot style', () => {
    const r = runSh(`${SERVE}wget http://127.0.0.1:8765/index.html -O out1; echo rc=$?; cat out1`);
    // The transfer rate depends on virtual time; its format is checked below.
    const masked = r.stderr.replace(/100% \S+=/, '100% RATE=').replace(/\(\S+ [KMG]?B\/s\)/, '(RATE)');
    expect(masked).toBe(
      '--2026-11-25 06:41:00--  http://127.0.0.1:8765/index.html\n' +
        'Connecting to 127.0.0.1:8765... connected.\n' +
        'HTTP request sent, awaiting response... 200 OK\n' +
        'Length: 6 [text/html]\n' +
        'Saving to: ‘out1’\n\n' +
        '     0K                                                       100% RATE=0s\n\n' +
        '2026-11-25 06:41:00 (RATE) - ‘out1’ saved [6/6]\n\n',
    );
    expect(r.stdout).toBe('rc=0\nhello\n');
  });

  it('-q -O - writes only the body to stdout', () => {
    expect(runSh(`${SERVE}wget -q -O - http://127.0.0.1:8765/index.html; echo rc=$?`).output).toBe(
      'hello\nrc=0\n',
    );
  });

  it('exits 8 on an HTTP error and 4 when it cannot connect or resolve', () => {
    const r = runSh(
      `${SERVE}wget -q http://127.0.0.1:8765/nope; echo $?; wget http://127.0.0.1:9/; echo $?; wget -q http://nonexist.invalid/; echo $?`,
    );
    expect(r.output).toBe(
      '8\n--2026-11-25 06:41:00--  http://127.0.0.1:9/\nConnecting to 127.0.0.1:9... failed: Connection refused.\n4\n' +
        'wget: unable to resolve host address ‘nonexist.invalid’\n4\n',
    );
  });

  it('formats the dot line and rates like wget', () => {
    expect(dotLine(6, 0.005)).toBe(
      '     0K                                                       100% 1.17K=0.005s',
    );
    expect(rate(6, 0.005)).toEqual({ value: '1.17', unit: 'KB/s' });
  });
});
