// End-to-end: the Docker "get started" app (Flask + Redis) under python3 after pip installed its
// requirements. Expected bytes: the page as the real app serves it with no Redis reachable; the
// banner lines from Flask 1.1's cli.show_server_banner (click strips colours off a terminal); the
// "Running on" and request lines from Werkzeug 1.0's serving.py (logging to stderr); the 404 page
// from Werkzeug 1.0's NotFound; the ModuleNotFoundError as CPython 3.11 prints it.

import { describe, expect, it } from 'vitest';
import { runSh } from '../../../helpers/run';

const APP = `from flask import Flask
from redis import Redis, RedisError
import os
import socket

# Connect to Redis
redis = Redis(host="redis", db=0, socket_connect_timeout=2, socket_timeout=2)

app = Flask(__name__)

@app.route("/")
def hello():
    try:
        visits = redis.incr("counter")
    except RedisError:
        visits = "<i>cannot connect to Redis, counter disabled</i>"

    html = "<h3>Hello {name}!</h3>" \\
           "<b>Hostname:</b> {hostname}<br/>" \\
           "<b>Visits:</b> {visits}"
    return html.format(name=os.getenv("NAME", "world"), hostname=socket.gethostname(), visits=visits)

if __name__ == "__main__":
    app.run(host='0.0.0.0', port=80)
`;

const SETUP = `mkdir -p /app && cd /app\ncat > app.py <<'EOF'\n${APP}EOF\nprintf 'Flask\\nRedis\\n' > requirements.txt\n`;

const page = (name: string): string =>
  `<h3>Hello ${name}!</h3><b>Hostname:</b> glasshouse<br/><b>Visits:</b> <i>cannot connect to Redis, counter disabled</i>`;

const BANNER =
  ' * Serving Flask app "app" (lazy loading)\n * Environment: production\n' +
  '   WARNING: This is a development server. Do not use it in a production deployment.\n' +
  '   Use a production WSGI server instead.\n * Debug mode: off\n';

const stamp = (s: string): string => s.replace(/\[\d\d\/[A-Z][a-z]{2}\/\d{4} \d\d:\d\d:\d\d\]/g, '[DATE]');

describe('flask app from the Docker get-started guide', () => {
  it('fails to import flask before pip installed it', () => {
    const r = runSh(`${SETUP}python3 app.py; echo rc=$?`);
    expect(r.output).toBe(
      'Traceback (most recent call last):\n  File "/app/app.py", line 1, in <module>\n' +
        "    from flask import Flask\nModuleNotFoundError: No module named 'flask'\nrc=1\n",
    );
  });

  it('serves the page after pip install -r requirements.txt, NAME from the environment', () => {
    const r = runSh(
      `${SETUP}pip install --trusted-host pypi.python.org -r requirements.txt >/dev/null 2>&1; echo pip=$?\n` +
        'python3 app.py > /tmp/app.log 2>&1 &\nsleep 1\n' +
        'curl -s localhost:80; echo; curl -s http://127.0.0.1/nope; kill $!; wait\n' +
        'NAME=World python3 app.py >/dev/null 2>&1 &\nsleep 1\ncurl -s localhost; echo; kill $!\n' +
        'cat /tmp/app.log',
    );
    expect(stamp(r.output)).toBe(
      'pip=0\n' +
        `${page('world')}\n` +
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<title>404 Not Found</title>\n' +
        '<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL ' +
        'manually please check your spelling and try again.</p>\n' +
        `${page('World')}\n` +
        BANNER +
        ' * Running on http://0.0.0.0:80/ (Press CTRL+C to quit)\n' +
        '127.0.0.1 - - [DATE] "GET / HTTP/1.1" 200 -\n' +
        '127.0.0.1 - - [DATE] "GET /nope HTTP/1.1" 404 -\n',
    );
  });
});
