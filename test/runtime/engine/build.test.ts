// The source material's app: a python:2.7-slim Dockerfile built with the legacy builder, run with
// -p 4000:80, answering "Hello World!" (ENV NAME) through the published port; a rebuild of the
// unchanged context comes entirely from the cache.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

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

const DOCKERFILE = `FROM python:2.7-slim
WORKDIR /app
COPY . /app
RUN pip install --trusted-host pypi.python.org -r requirements.txt
EXPOSE 80
ENV NAME World
CMD ["python", "app.py"]
`;

describe('the friendlyhello example', () => {
  it('builds, runs and serves Hello World! on localhost:4000, then rebuilds from the cache', () => {
    const r = runSh(
      [
        'mkdir /root/app && cd /root/app',
        `cat > app.py <<'EOF'\n${APP}EOF`,
        "printf 'Flask\\nRedis\\n' > requirements.txt",
        `cat > Dockerfile <<'EOF'\n${DOCKERFILE}EOF`,
        "docker build -t friendlyhello . | grep -E '^(Step|Successfully (built|tagged))'",
        'docker run -d -p 4000:80 --name fh friendlyhello >/dev/null',
        'sleep 1; curl -s localhost:4000 | sed "s/$(docker inspect -f {{.Config.Hostname}} fh)/<id>/"; echo',
        "docker build -t friendlyhello . | grep -c 'Using cache'",
        "docker image inspect -f '{{len .RootFS.Layers}} {{.Config.Cmd}} {{.Config.ExposedPorts}}' friendlyhello",
      ].join('\n'),
    );
    expect(r.stdout).toMatch(
      /^Step 1\/7 : FROM python:2.7-slim\nStep 2\/7 : WORKDIR \/app\nStep 3\/7 : COPY \. \/app\nStep 4\/7 : RUN pip install --trusted-host pypi\.python\.org -r requirements\.txt\nStep 5\/7 : EXPOSE 80\nStep 6\/7 : ENV NAME World\nStep 7\/7 : CMD \["python", "app\.py"\]\nSuccessfully built [0-9a-f]{12}\nSuccessfully tagged friendlyhello:latest\n/,
    );
    expect(r.stdout).toContain(
      '<h3>Hello World!</h3><b>Hostname:</b> <id><br/><b>Visits:</b> <i>cannot connect to Redis, counter disabled</i>\n6\n',
    );
    expect(r.stdout.endsWith('map[80/tcp:{}]\n')).toBe(true);
  });
});
