// nginx:1.25 on bookworm: the Debian base, one layer installing nginx (and adding its user), and
// five COPY layers of entrypoint scripts — 7 layers, as the Docker Hub image has.

import { PASSWD } from './debian';
import { BOOKWORM_STEPS } from './distros';
import type { ImageSpec, Step } from './spec';
import { DEFAULT_PATH } from './spec';

const NOP = '/bin/sh -c #(nop)  ';

export const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;

events {
    worker_connections  1024;
}

http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;
    sendfile        on;
    keepalive_timeout  65;
    include /etc/nginx/conf.d/*.conf;
}
`;

function copyStep(at: string, dest: string, path: string, text: string): Step {
  return { at, by: `/bin/sh -c #(nop) COPY {file} in ${dest} `, files: (b) => b.file(path, text, 0o775) };
}

const SCRIPT = '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n\nexit 0\n';
const ENTRY = '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n\nexec "$@"\n';

export const NGINX: ImageSpec = {
  repo: 'library/nginx',
  tags: ['latest', '1.25', '1.25.3', 'mainline', 'bookworm'],
  steps: [
    ...BOOKWORM_STEPS,
    {
      at: '2023-10-11T05:55:25.519221563Z',
      by: `${NOP}LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>`,
    },
    { at: '2023-10-24T21:53:05.218254409Z', by: `${NOP}ENV NGINX_VERSION=1.25.3` },
    { at: '2023-10-24T21:53:05.350366416Z', by: `${NOP}ENV NJS_VERSION=0.8.2` },
    { at: '2023-10-24T21:53:05.478926263Z', by: `${NOP}ENV PKG_RELEASE=1~bookworm` },
    {
      at: '2023-10-24T21:53:31.842138431Z',
      by: '/bin/sh -c set -x && groupadd --system --gid 101 nginx && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx && apt-get update && apt-get install --no-install-recommends --no-install-suggests -y nginx=${NGINX_VERSION}-${PKG_RELEASE} && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log && mkdir /docker-entrypoint.d',
      files: (b) =>
        b
          .file('etc/passwd', PASSWD + 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n')
          .exe('usr/sbin/nginx', 'nginx')
          .file('etc/nginx/nginx.conf', NGINX_CONF)
          .file('etc/nginx/conf.d/default.conf', DEFAULT_CONF)
          .file(
            'etc/nginx/mime.types',
            'types {\n    text/html                                        html htm shtml;\n}\n',
          )
          .file('usr/share/nginx/html/index.html', NGINX_INDEX)
          .symlink('var/log/nginx/access.log', '/dev/stdout')
          .symlink('var/log/nginx/error.log', '/dev/stderr')
          .dir('var/cache/nginx')
          .dir('docker-entrypoint.d'),
    },
    copyStep('2023-10-24T21:53:32.119433071Z', '/', 'docker-entrypoint.sh', ENTRY),
    copyStep(
      '2023-10-24T21:53:32.246387452Z',
      '/docker-entrypoint.d',
      'docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      SCRIPT,
    ),
    copyStep(
      '2023-10-24T21:53:32.371412118Z',
      '/docker-entrypoint.d',
      'docker-entrypoint.d/15-local-resolvers.envsh',
      SCRIPT,
    ),
    copyStep(
      '2023-10-24T21:53:32.496311640Z',
      '/docker-entrypoint.d',
      'docker-entrypoint.d/20-envsubst-on-templates.sh',
      SCRIPT,
    ),
    copyStep(
      '2023-10-24T21:53:32.623166013Z',
      '/docker-entrypoint.d',
      'docker-entrypoint.d/30-tune-worker-processes.sh',
      SCRIPT,
    ),
    { at: '2023-10-24T21:53:32.749271318Z', by: `${NOP}ENTRYPOINT ["/docker-entrypoint.sh"]` },
    { at: '2023-10-24T21:53:32.873694578Z', by: `${NOP}EXPOSE map[80/tcp:{}]` },
    { at: '2023-10-24T21:53:32.998380262Z', by: `${NOP}STOPSIGNAL SIGQUIT` },
    { at: '2023-10-24T21:53:33.124165283Z', by: `${NOP}CMD ["nginx" "-g" "daemon off;"]` },
  ],
  config: {
    ExposedPorts: ['80/tcp'],
    Env: [DEFAULT_PATH, 'NGINX_VERSION=1.25.3', 'NJS_VERSION=0.8.2', 'PKG_RELEASE=1~bookworm'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    StopSignal: 'SIGQUIT',
  },
  dockerVersion: '20.10.23',
};
