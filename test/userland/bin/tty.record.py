#!/usr/bin/env python3
# Records tty.cases.json: each script runs as `bash -c SCRIPT` with an empty pipe on standard input
# (coreutils 9.1 tty on Debian 12, LANG=C.UTF-8), keeping stdout, stderr and the exit status.
import json, subprocess, os

CASES = ['tty', 'tty -s', 'tty </dev/null', 'tty <&-', 'tty --silent; echo $?', 'tty --quiet', 'tty --s', 'tty --q',
         'tty --sil', 'tty -x', 'tty --bogus', 'tty extra', 'tty -- extra', 'tty -', 'tty -s extra', 'tty --silent=3',
         'tty --help=3', 'tty -sx', 'tty --help', 'tty --version', 'tty --help -x', 'tty extra --help', 'tty -x --help',
         'tty --vers --help', 'tty --h', 'tty --ver', 'tty >/dev/full', 'tty --help >&-', 'tty --version >/dev/full',
         'tty -s >&-', '/usr/bin/tty extra', "tty 'a b'"]
out = []
for c in CASES:
    p = subprocess.run(['bash', '-c', c], input=b'', capture_output=True, env={'PATH': '/usr/bin:/bin', 'LANG': 'C.UTF-8'})
    out.append({'script': c, 'stdout': p.stdout.decode(), 'stderr': p.stderr.decode(), 'status': p.returncode})
dst = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tty.cases.json')
json.dump(out, open(dst, 'w'), indent=1, ensure_ascii=False)
print(dst, len(out))
