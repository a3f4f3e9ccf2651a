#!/usr/bin/env python3
# Records the expected results of test/userland/sh/*.scripts.txt by running the real bash 5.2 on
# Debian 12: each case runs as `bash -c SCRIPT NAME` in an empty scratch directory with a minimal
# environment (LANG=C.UTF-8), and its stdout, stderr and status are stored next to it in a .cases.json file.
# Cases are separated by lines "#### name" ("#### name @name=t.sh" sets $0).
import json, os, subprocess, sys, tempfile, shutil

def parse(path):
    cases, cur = [], None
    for line in open(path).read().split('\n'):
        if line.startswith('#### '):
            if cur: cases.append(cur)
            head = line[5:].split(' @name=')
            cur = {'name': head[0].strip(), 'script': [], 'scriptName': head[1].strip() if len(head) > 1 else None}
        elif cur is not None:
            cur['script'].append(line)
    if cur: cases.append(cur)
    for c in cases:
        while c['script'] and c['script'][-1] == '': c['script'].pop()
        c['script'] = '\n'.join(c['script'])
    return cases

def run(case):
    d = tempfile.mkdtemp(prefix='shrec')
    env = {'HOME': '/root', 'PATH': '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'USER': 'root', 'LOGNAME': 'root', 'SHELL': '/bin/bash', 'PWD': d, 'LANG': 'C.UTF-8'}
    argv = ['bash', '-c', case['script']] + ([case['scriptName']] if case['scriptName'] else [])
    p = subprocess.run(argv, cwd=d, env=env, capture_output=True, stdin=subprocess.DEVNULL, timeout=20)
    shutil.rmtree(d, ignore_errors=True)
    return {'name': case['name'], 'script': case['script'], **({'scriptName': case['scriptName']} if case['scriptName'] else {}),
            'stdout': p.stdout.decode(), 'stderr': p.stderr.decode(), 'status': p.returncode}

for src in sys.argv[1:]:
    out = [run(c) for c in parse(src)]
    dst = src.replace('.scripts.txt', '.cases.json')
    json.dump(out, open(dst, 'w'), indent=1, ensure_ascii=False)
    print(dst, len(out))
