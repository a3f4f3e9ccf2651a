// Application images built on the Debian bases, with the layer counts and history of their
// Docker Hub counterparts: python:2.7-slim (4 layers), openjdk:11-jdk-slim (4), maven on it (8),
// nginx:1.25 (7). Binaries are executables naming a Glasshouse program of the same name.
//
// Simplification: the big runtimes are a few marker files (no stdlib, no JDK modules); RUN lines
// in the history are shortened versions of the real ones.

import { BULLSEYE_STEPS, BUSTER_STEPS } from './distros';
import type { ImageSpec, Step } from './spec';

const RUN = '/bin/sh -c ';
const NOP = '/bin/sh -c #(nop)  ';
const APT_CERTS =
  'apt-get update && apt-get install -y --no-install-recommends ca-certificates netbase && rm -rf /var/lib/apt/lists/*';

const PY_ENV = [
  'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  'LANG=C.UTF-8',
  'PYTHONIOENCODING=UTF-8',
  'GPG_KEY=C01E1CAD5EA2C4F0B8E3571504C367C218ADD4FF',
  'PYTHON_VERSION=2.7.18',
  'PYTHON_PIP_VERSION=20.0.2',
];

/** What pip list shows in python:2.7-slim (dist-info dirs pip reads; see userland/bin/pip). */
const PY_SITE = 'usr/local/lib/python2.7/site-packages';
const PIP_TOOLS = [
  'pip|20.0.2|The PyPA recommended tool for installing Python packages.',
  'setuptools|44.1.0|Easily download, build, install, upgrade, and uninstall Python packages',
  'wheel|0.34.2|A built-package format for Python',
];
const SETUPTOOLS_DOC = `"""Extensions to the 'distutils' for large or complex distributions"""\n`;

export const PYTHON27: ImageSpec = {
  repo: 'library/python',
  tags: ['2.7-slim', '2.7.18-slim', '2-slim', '2.7-slim-buster'],
  steps: [
    ...BUSTER_STEPS,
    { at: '2020-04-23T13:09:12.437064377Z', by: `${NOP}ENV PATH=${PY_ENV[0]?.slice(5)}` },
    { at: '2020-04-23T13:09:12.606291813Z', by: `${NOP}ENV LANG=C.UTF-8` },
    { at: '2020-04-23T13:09:12.760148263Z', by: `${NOP}ENV PYTHONIOENCODING=UTF-8` },
    {
      at: '2020-04-23T13:09:19.924318716Z',
      by: RUN + APT_CERTS,
      files: (b) =>
        b
          .file('etc/ssl/certs/ca-certificates.crt', '# ca-certificates bundle\n')
          .file('etc/protocols', 'ip\t0\tIP\ntcp\t6\tTCP\nudp\t17\tUDP\n')
          .file('etc/services', 'http\t\t80/tcp\twww\nhttps\t\t443/tcp\n'),
    },
    {
      at: '2020-04-23T13:09:20.123400519Z',
      by: `${NOP}ENV GPG_KEY=C01E1CAD5EA2C4F0B8E3571504C367C218ADD4FF`,
    },
    { at: '2020-04-23T13:09:20.301718471Z', by: `${NOP}ENV PYTHON_VERSION=2.7.18` },
    {
      at: '2020-04-23T13:12:06.529367926Z',
      by: `${RUN}set -ex  && savedAptMark="$(apt-mark showmanual)" && ./configure --enable-shared --enable-unicode=ucs4 && make -j "$(nproc)" && make install && python2 --version`,
      files: (b) =>
        b
          .exe('usr/local/bin/python2.7', 'python')
          .symlink('usr/local/bin/python2', 'python2.7')
          .symlink('usr/local/bin/python', 'python2')
          .file(
            'usr/local/lib/python2.7/os.py',
            'r"""OS routines for NT or Posix depending on what system we\'re on."""\n',
          )
          .file('usr/local/lib/libpython2.7.so.1.0', '\x7fELF\x02\x01\x01\x00libpython2.7\n', 0o755),
    },
    { at: '2020-04-23T13:12:06.719815004Z', by: `${NOP}ENV PYTHON_PIP_VERSION=20.0.2` },
    {
      at: '2020-04-23T13:12:17.437932148Z',
      by: `${RUN}set -ex; savedAptMark="$(apt-mark showmanual)"; wget -O get-pip.py "$PYTHON_GET_PIP_URL"; python get-pip.py --disable-pip-version-check --no-cache-dir "pip==$PYTHON_PIP_VERSION"; pip --version`,
      files: (b) =>
        b
          .exe('usr/local/bin/pip', 'pip')
          .link('usr/local/bin/pip2', 'usr/local/bin/pip')
          .link('usr/local/bin/pip2.7', 'usr/local/bin/pip')
          .file(`${PY_SITE}/pip/__init__.py`, '__version__ = "20.0.2"\n')
          .file(`${PY_SITE}/wheel/__init__.py`, "__version__ = '0.34.2'\n")
          .file(`${PY_SITE}/setuptools/__init__.py`, SETUPTOOLS_DOC)
          .each(PY_SITE, PIP_TOOLS, (_path, tool) => {
            const [name, version, summary] = tool.split('|');
            const info = `${PY_SITE}/${name}-${version}.dist-info`;
            const meta = `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: ${summary}\n`;
            b.file(`${info}/METADATA`, meta).file(`${info}/INSTALLER`, 'pip\n');
          }),
    },
    { at: '2020-04-23T13:12:17.649151434Z', by: `${NOP}CMD ["python2"]` },
  ],
  config: { Env: PY_ENV, Cmd: ['python2'] },
  dockerVersion: '18.09.7',
};

const JAVA_HOME = '/usr/local/openjdk-11';
const JAVA_ENV = [
  `PATH=${JAVA_HOME}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
  `JAVA_HOME=${JAVA_HOME}`,
  'LANG=C.UTF-8',
  'JAVA_VERSION=11.0.16',
];

const OPENJDK_STEPS: readonly Step[] = [
  ...BULLSEYE_STEPS,
  {
    at: '2022-09-13T07:49:23.152362561Z',
    by: `${RUN}set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates p11-kit ; rm -rf /var/lib/apt/lists/*`,
    files: (b) =>
      b
        .file('etc/ssl/certs/ca-certificates.crt', '# ca-certificates bundle\n')
        .exe('usr/bin/p11-kit', 'p11-kit'),
  },
  { at: '2022-09-13T07:49:23.406813187Z', by: `${NOP}ENV JAVA_HOME=${JAVA_HOME}` },
  {
    at: '2022-09-13T07:49:24.151208399Z',
    by: `${RUN}{ echo '#/bin/sh'; echo 'echo "$JAVA_HOME"'; } > /usr/local/bin/docker-java-home && chmod +x "/usr/local/bin/docker-java-home" && [ "$JAVA_HOME" = "$(docker-java-home)" ] # backwards compatibility`,
    files: (b) => b.file('usr/local/bin/docker-java-home', '#/bin/sh\necho "$JAVA_HOME"\n', 0o755),
  },
  { at: '2022-09-13T07:49:24.376493207Z', by: `${NOP}ENV PATH=${JAVA_ENV[0]?.slice(5)}` },
  { at: '2022-09-13T07:49:24.580553380Z', by: `${NOP}ENV LANG=C.UTF-8` },
  { at: '2022-09-13T07:49:24.781437711Z', by: `${NOP}ENV JAVA_VERSION=11.0.16` },
  {
    at: '2022-09-13T07:49:42.624938124Z',
    by: `${RUN}set -eux; arch="$(dpkg --print-architecture)"; wget --progress=dot:giga -O openjdk.tgz "$downloadUrl"; tar --extract --file openjdk.tgz --directory "$JAVA_HOME" --strip-components 1 --no-same-owner; java -Xshare:dump; javac --version; java --version`,
    files: (b) => {
      for (const t of ['java', 'javac', 'jar', 'jshell', 'keytool'])
        b.exe(`${JAVA_HOME.slice(1)}/bin/${t}`, t);
      b.file(`${JAVA_HOME.slice(1)}/release`, 'IMPLEMENTOR="Oracle Corporation"\nJAVA_VERSION="11.0.16"\n');
      b.file(`${JAVA_HOME.slice(1)}/lib/modules`, 'JIMAGE\n');
    },
  },
];

export const OPENJDK: ImageSpec = {
  repo: 'library/openjdk',
  tags: ['11-jdk-slim', '11-slim', '11.0.16-jdk-slim', '11-jdk-slim-bullseye'],
  steps: [...OPENJDK_STEPS, { at: '2022-09-13T07:49:42.852197125Z', by: `${NOP}CMD ["jshell"]` }],
  config: { Env: JAVA_ENV, Cmd: ['jshell'] },
  dockerVersion: '20.10.12',
};

const MAVEN_ENV = [...JAVA_ENV, 'MAVEN_HOME=/usr/share/maven', 'MAVEN_CONFIG=/root/.m2'];

export const MAVEN: ImageSpec = {
  repo: 'library/maven',
  tags: ['3.8-openjdk-11-slim', '3.8.6-openjdk-11-slim', '3-openjdk-11-slim'],
  steps: [
    ...OPENJDK_STEPS,
    { at: '2022-09-13T07:49:42.852197125Z', by: `${NOP}CMD ["jshell"]` },
    {
      at: '2022-09-13T12:32:01.335520542Z',
      by: `${RUN}apt-get update && apt-get install -y git curl && rm -rf /var/lib/apt/lists/*`,
      files: (b) => b.exe('usr/bin/git', 'git').exe('usr/bin/curl', 'curl'),
    },
    { at: '2022-09-13T12:32:01.511963611Z', by: `${NOP}ARG MAVEN_VERSION=3.8.6` },
    { at: '2022-09-13T12:32:01.680217520Z', by: `${NOP}ARG USER_HOME_DIR=/root` },
    {
      at: '2022-09-13T12:32:08.870135468Z',
      by: `|2 MAVEN_VERSION=3.8.6 USER_HOME_DIR=/root ${RUN}mkdir -p /usr/share/maven /usr/share/maven/ref && curl -fsSL -o /tmp/apache-maven.tar.gz \${BASE_URL}/apache-maven-\${MAVEN_VERSION}-bin.tar.gz && tar -xzf /tmp/apache-maven.tar.gz -C /usr/share/maven --strip-components=1 && rm -f /tmp/apache-maven.tar.gz && ln -s /usr/share/maven/bin/mvn /usr/bin/mvn`,
      files: (b) =>
        b
          .exe('usr/share/maven/bin/mvn', 'mvn')
          .file('usr/share/maven/conf/settings.xml', '<settings/>\n')
          .dir('usr/share/maven/ref')
          .symlink('usr/bin/mvn', '/usr/share/maven/bin/mvn'),
    },
    { at: '2022-09-13T12:32:09.054131009Z', by: `${NOP}ENV MAVEN_HOME=/usr/share/maven` },
    { at: '2022-09-13T12:32:09.231364617Z', by: `${NOP}ENV MAVEN_CONFIG=/root/.m2` },
    {
      at: '2022-09-13T12:32:09.436069431Z',
      by: '/bin/sh -c #(nop) COPY {file} in /usr/local/bin/mvn-entrypoint.sh ',
      files: (b) => b.file('usr/local/bin/mvn-entrypoint.sh', '#! /bin/bash -eu\nexec "$@"\n', 0o755),
    },
    {
      at: '2022-09-13T12:32:09.627468305Z',
      by: '/bin/sh -c #(nop) COPY {file} in /usr/share/maven/ref/ ',
      files: (b) => b.file('usr/share/maven/ref/settings-docker.xml', '<settings/>\n'),
    },
    { at: '2022-09-13T12:32:09.812296434Z', by: `${NOP}ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]` },
    { at: '2022-09-13T12:32:09.998170093Z', by: `${NOP}CMD ["mvn"]` },
  ],
  config: { Env: MAVEN_ENV, Entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'], Cmd: ['mvn'] },
  dockerVersion: '20.10.12',
};
