// End-to-end tests of python3 running script files and stdin: tracebacks with source lines and
// carets, sys.argv, input(), os.fork/os.system with stdout buffering, json. Expected output
// recorded from CPython 3.11 on a real machine (PYTHONUNBUFFERED unset, stderr merged).

import { describe, expect, it } from 'vitest';
import { runSh } from '../../../helpers/run';

const script =
  "rm -f /tmp/m.json\ncat > /tmp/s.py <<'PY'\nimport sys\ndef div(a, b):\n    return a / b\nprint(\"args\", sys.argv)\nx = [1, 2]\nprint(div(1, 0) + x[0])\nPY\npython3 /tmp/s.py a b; echo rc=$?\nprintf 'x = [1]\\ny = x[5]\\n' > /tmp/s2.py; python3 /tmp/s2.py; echo rc=$?\nprintf 'd = {}\\nprint(d[\"missing\"])\\n' > /tmp/s3.py; python3 /tmp/s3.py\nprintf 'def f():\\n    return g()\\ndef g():\\n    return 1 + None\\nf()\\n' > /tmp/s4.py; python3 /tmp/s4.py\nprintf 'import os\\nos.mkdir(\"/tmp\")\\n' > /tmp/s5.py; python3 /tmp/s5.py\necho 'print(input(\"name? \")); print(input())' > /tmp/s6.py; printf 'bob\\nalice\\n' | python3 /tmp/s6.py\npython3 -c 'print(1); import os; os.system(\"echo 2\"); print(3)' | cat\npython3 -c 'import os\npid = os.fork()\nif pid == 0:\n    print(\"child\")\n    os._exit(0)\nos.waitpid(pid, 0)\nprint(\"parent\")'\npython3 -c 'print(\"dup\"); import os\nif os.fork() == 0: pass\nelse: os.wait()' | cat\npython3 -c 'import time; s=0\nfor i in range(100000): s += i\nprint(s)'\npython3 -c 'import sys; sys.exit(\"bye\")'; echo rc=$?\necho 'print(__name__)' | python3 -; echo 'import sys; print(sys.argv)' | python3 - x y\npython3 -c 'import json;print(json.load(open(\"/tmp/m.json\"))[0][\"Layers\"][-1])' 2>&1\necho '[{\"Layers\": [\"a/layer.tar\", \"b/layer.tar\"]}]' > /tmp/m.json\npython3 -c 'import json;print(json.load(open(\"/tmp/m.json\"))[0][\"Layers\"][-1])'\n";

const expected =
  'args [\'/tmp/s.py\', \'a\', \'b\']\nTraceback (most recent call last):\n  File "/tmp/s.py", line 6, in <module>\n    print(div(1, 0) + x[0])\n          ^^^^^^^^^\n  File "/tmp/s.py", line 3, in div\n    return a / b\n           ~~^~~\nZeroDivisionError: division by zero\nrc=1\nTraceback (most recent call last):\n  File "/tmp/s2.py", line 2, in <module>\n    y = x[5]\n        ~^^^\nIndexError: list index out of range\nrc=1\nTraceback (most recent call last):\n  File "/tmp/s3.py", line 2, in <module>\n    print(d["missing"])\n          ~^^^^^^^^^^^\nKeyError: \'missing\'\nTraceback (most recent call last):\n  File "/tmp/s4.py", line 5, in <module>\n    f()\n  File "/tmp/s4.py", line 2, in f\n    return g()\n           ^^^\n  File "/tmp/s4.py", line 4, in g\n    return 1 + None\n           ~~^~~~~~\nTypeError: unsupported operand type(s) for +: \'int\' and \'NoneType\'\nTraceback (most recent call last):\n  File "/tmp/s5.py", line 2, in <module>\n    os.mkdir("/tmp")\nFileExistsError: [Errno 17] File exists: \'/tmp\'\nname? bob\nalice\n2\n1\n3\nparent\ndup\ndup\n4999950000\nbye\nrc=1\n__main__\n[\'-\', \'x\', \'y\']\nTraceback (most recent call last):\n  File "<string>", line 1, in <module>\nFileNotFoundError: [Errno 2] No such file or directory: \'/tmp/m.json\'\nb/layer.tar\n';

describe('python3 scripts', () => {
  it('runs files and stdin like CPython', () => {
    expect(runSh(`cd /; { ${script}\n} 2>&1`).output).toBe(expected);
  });
});
