// End-to-end tests of pip (the pip 20.0.2 of python:2.7-slim). The install transcript is a real
// `docker build` of the get-started app (RUN pip install --trusted-host pypi.python.org -r
// requirements.txt on python:2.7-slim, stderr merged); the other messages follow pip 20.0.2's
// sources (InstallRequirement.__str__, PackageFinder's "Could not find a version", optparse errors).

import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

const DEPRECATION =
  'DEPRECATION: Python 2.7 reached the end of its life on January 1st, 2020. Please upgrade your Python as Python 2.7 is no longer maintained. A future version of pip will drop support for Python 2.7. More details about Python 2 support in pip, can be found at https://pip.pypa.io/en/latest/development/release-process/#python-2-support\n';
const UPGRADE =
  "WARNING: You are using pip version 20.0.2; however, version 20.3.4 is available.\nYou should consider upgrading via the '/usr/local/bin/python -m pip install --upgrade pip' command.\n";
const SITE = '/usr/local/lib/python2.7/site-packages';
const REQS = "mkdir -p /app && cd /app && printf 'Flask\\nRedis\\n' > requirements.txt\n";

describe('pip install', () => {
  it('installs the get-started requirements like the real python:2.7-slim build', () => {
    const r = runSh(`${REQS}pip install --trusted-host pypi.python.org -r requirements.txt 2>&1; echo rc=$?`);
    expect(r.output).toBe(
      DEPRECATION +
        'Collecting Flask\n  Downloading Flask-1.1.4-py2.py3-none-any.whl (94 kB)\n' +
        'Collecting Redis\n  Downloading redis-3.5.3-py2.py3-none-any.whl (72 kB)\n' +
        'Collecting click<8.0,>=5.1\n  Downloading click-7.1.2-py2.py3-none-any.whl (82 kB)\n' +
        'Collecting Werkzeug<2.0,>=0.15\n  Downloading Werkzeug-1.0.1-py2.py3-none-any.whl (298 kB)\n' +
        'Collecting Jinja2<3.0,>=2.10.1\n  Downloading Jinja2-2.11.3-py2.py3-none-any.whl (125 kB)\n' +
        'Collecting itsdangerous<2.0,>=0.24\n  Downloading itsdangerous-1.1.0-py2.py3-none-any.whl (16 kB)\n' +
        'Collecting MarkupSafe>=0.23\n  Downloading MarkupSafe-1.1.1-cp27-cp27mu-manylinux1_x86_64.whl (24 kB)\n' +
        'Installing collected packages: click, Werkzeug, MarkupSafe, Jinja2, itsdangerous, Flask, Redis\n' +
        'Successfully installed Flask-1.1.4 Jinja2-2.11.3 MarkupSafe-1.1.1 Redis-3.5.3 Werkzeug-1.0.1 click-7.1.2 itsdangerous-1.1.0\n' +
        UPGRADE +
        'rc=0\n',
    );
  });

  it('reports requirements already satisfied, with where they came from', () => {
    const r = runSh(
      `${REQS}pip install -q -r requirements.txt 2>/dev/null; pip install -r requirements.txt 2>/dev/null`,
    );
    expect(r.output).toBe(
      `Requirement already satisfied: Flask in ${SITE} (from -r requirements.txt (line 1)) (1.1.4)\n` +
        `Requirement already satisfied: Redis in ${SITE} (from -r requirements.txt (line 2)) (3.5.3)\n` +
        `Requirement already satisfied: click<8.0,>=5.1 in ${SITE} (from Flask->-r requirements.txt (line 1)) (7.1.2)\n` +
        `Requirement already satisfied: Werkzeug<2.0,>=0.15 in ${SITE} (from Flask->-r requirements.txt (line 1)) (1.0.1)\n` +
        `Requirement already satisfied: Jinja2<3.0,>=2.10.1 in ${SITE} (from Flask->-r requirements.txt (line 1)) (2.11.3)\n` +
        `Requirement already satisfied: itsdangerous<2.0,>=0.24 in ${SITE} (from Flask->-r requirements.txt (line 1)) (1.1.0)\n` +
        `Requirement already satisfied: MarkupSafe>=0.23 in ${SITE} (from Jinja2<3.0,>=2.10.1->Flask->-r requirements.txt (line 1)) (1.1.1)\n`,
    );
  });

  it('fails for packages the index does not have', () => {
    const r = runSh(
      "pip install nosuch 2>&1; echo rc=$?\nprintf 'redis\\n\\n# db\\nnosuch>=1.0\\n' > r.txt\npip install -r r.txt 2>/dev/null; echo rc=$?\n" +
        'pip install -r r.txt 2>&1 >/dev/null | grep ERROR; pip install "flask==9.9" 2>&1 | grep ERROR',
    );
    expect(r.output).toBe(
      DEPRECATION +
        'ERROR: Could not find a version that satisfies the requirement nosuch (from versions: none)\n' +
        'ERROR: No matching distribution found for nosuch\n' +
        UPGRADE +
        'rc=1\nCollecting redis\n  Downloading redis-3.5.3-py2.py3-none-any.whl (72 kB)\nrc=1\n' +
        'ERROR: Could not find a version that satisfies the requirement nosuch>=1.0 (from -r r.txt (line 4)) (from versions: none)\n' +
        'ERROR: No matching distribution found for nosuch>=1.0 (from -r r.txt (line 4))\n' +
        'ERROR: Could not find a version that satisfies the requirement flask==9.9 (from versions: 1.1.4)\n' +
        'ERROR: No matching distribution found for flask==9.9\n',
    );
  });

  it('writes the packages into site-packages where python finds them (ls in the C locale)', () => {
    const r = runSh(
      `ls ${SITE} 2>&1; pip install -q flask 2>/dev/null; ls ${SITE}; cat ${SITE}/Flask-1.1.4.dist-info/top_level.txt\n` +
        'python3 -c "import flask; print(flask.__version__, flask.__file__)"',
    );
    expect(r.output).toBe(
      `ls: cannot access '${SITE}': No such file or directory\n` +
        'Flask-1.1.4.dist-info\nJinja2-2.11.3.dist-info\nMarkupSafe-1.1.1.dist-info\nWerkzeug-1.0.1.dist-info\n' +
        'click\nclick-7.1.2.dist-info\nflask\nitsdangerous\nitsdangerous-1.1.0.dist-info\njinja2\nmarkupsafe\nwerkzeug\n' +
        `flask\n1.1.4 ${SITE}/flask/__init__.py\n`,
    );
  });
});

describe('pip list, freeze and usage', () => {
  it('lists installed distributions', () => {
    const r = runSh(
      'pip install -q redis flask 2>/dev/null; pip list 2>/dev/null; pip freeze 2>/dev/null; pip list --format=freeze 2>/dev/null | head -2',
    );
    expect(r.output).toBe(
      'Package      Version\n------------ -------\nclick        7.1.2  \nFlask        1.1.4  \nitsdangerous 1.1.0  \n' +
        'Jinja2       2.11.3 \nMarkupSafe   1.1.1  \nredis        3.5.3  \nWerkzeug     1.0.1  \n' +
        'click==7.1.2\nFlask==1.1.4\nitsdangerous==1.1.0\nJinja2==2.11.3\nMarkupSafe==1.1.1\nredis==3.5.3\nWerkzeug==1.0.1\n' +
        'click==7.1.2\nFlask==1.1.4\n',
    );
  });

  it('reports usage errors like pip 20.0.2', () => {
    const r = runSh(
      'pip --version; pip instal flask; echo rc=$?; pip install --foo; echo rc=$?\n' +
        'pip install 2>&1 | grep -v WARN; pip install -r nope.txt 2>&1 | grep ERROR; pip3 --version',
    );
    expect(r.output).toBe(
      `pip 20.0.2 from ${SITE}/pip (python 2.7)\n` +
        'ERROR: unknown command "instal" - maybe you meant "install"\nrc=1\n' +
        '\nUsage:   \n  pip install [options] <requirement specifier> [package-index-options] ...\n' +
        '  pip install [options] -r <requirements file> [package-index-options] ...\n' +
        '  pip install [options] [-e] <vcs project url> ...\n' +
        '  pip install [options] [-e] <local project path> ...\n' +
        '  pip install [options] <archive url/path> ...\n\nno such option: --foo\nrc=2\n' +
        DEPRECATION +
        'ERROR: You must give at least one requirement to install (see "pip help install")\n' +
        "You should consider upgrading via the '/usr/local/bin/python -m pip install --upgrade pip' command.\n" +
        "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'nope.txt'\n" +
        `pip 20.0.2 from ${SITE}/pip (python 2.7)\n`,
    );
  });

  it('rejects an invalid --format choice as optparse does', () => {
    const r = runSh('pip list --format=xml; echo rc=$?');
    expect(r.output).toBe(
      "\nUsage:   \n  pip list [options]\n\noption --format: invalid choice: 'xml' (choose from 'columns', 'freeze', 'json')\nrc=2\n",
    );
  });
});
