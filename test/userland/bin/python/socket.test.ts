// End-to-end test of python3's socket module: a client and a server in one process over the
// loopback, CPython's argument errors and errno exceptions. Expected output recorded from CPython
// 3.11.7 on a real Debian machine.

import { describe, expect, it } from 'vitest';
import { runSh } from '../../../helpers/run';

const SCRIPT =
  "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\nprint(s.family, s.type, s.proto, s.gettimeout())\nfor addr in ['x', ('127.0.0.1', 70000), ('no.such.host.invalid', 80), ('127.0.0.1', '80')]:\n    try:\n        s.connect(addr)\n    except Exception as e:\n        print(type(e).__name__, e)\ntry:\n    s.connect(('127.0.0.1', 1))\nexcept OSError as e:\n    print(type(e).__name__, e.errno, e.strerror, e)\nsrv = socket.socket()\nsrv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\nsrv.bind(('127.0.0.1', 8765))\nsrv.listen(5)\nc = socket.create_connection(('localhost', 8765))\nconn, peer = srv.accept()\nprint(peer[0], conn.getsockname(), c.getpeername())\nc.sendall(b'ping')\nprint(conn.recv(100))\nconn.sendall(b'pong')\nprint(c.recv(100))\nc.close()\nprint(conn.recv(100))\ntry:\n    c.send(b'x')\nexcept OSError as e:\n    print(e)\nprint(repr(c))\ntry:\n    socket.socket().sendall('str')\nexcept TypeError as e:\n    print(e)\nt = socket.socket()\ntry:\n    t.bind(('127.0.0.1', 8765))\nexcept OSError as e:\n    print(type(e).__name__, e)\nprint(socket.gethostbyname('localhost'), socket.error is OSError, socket.timeout is TimeoutError)\nwith socket.socket() as u:\n    pass\nprint(u.fileno())\n";

describe('python3 socket module', () => {
  it('connects, accepts, sends and receives like CPython', () => {
    const r = runSh(`cat > /tmp/s.py <<'EOF'\n${SCRIPT}EOF\npython3 /tmp/s.py 2>&1`);
    expect(r.output).toBe(
      "2 1 0 None\nTypeError connect(): AF_INET address must be tuple, not str\nOverflowError connect(): port must be 0-65535.\ngaierror [Errno -2] Name or service not known\nTypeError 'str' object cannot be interpreted as an integer\nConnectionRefusedError 111 Connection refused [Errno 111] Connection refused\n127.0.0.1 ('127.0.0.1', 8765) ('127.0.0.1', 8765)\nb'ping'\nb'pong'\nb''\n[Errno 9] Bad file descriptor\n<socket.socket [closed] fd=-1, family=2, type=1, proto=6>\na bytes-like object is required, not 'str'\nOSError [Errno 98] Address already in use\n127.0.0.1 True True\n-1\n",
    );
  });

  it('gethostname is the UTS name', () => {
    const r = runSh('hostname; python3 -c "import socket; print(socket.gethostname())"');
    expect(r.output).toBe('glasshouse\nglasshouse\n');
  });
});
