// Expected values: the Dockerfile reference and the texts of BuildKit 0.8's parser/instructions
// packages as vendored by Docker 20.10 (the legacy builder of the reference host).
import { describe, it, expect } from 'vitest';
import { parseDockerfile, type Dockerfile, type Instruction } from '../../../src/runtime/build';

function ok(src: string): Dockerfile {
  const r = parseDockerfile(src);
  if (!r.ok) throw new Error(`unexpected parse error: ${r.error.message}`);
  return r.dockerfile;
}

function only(src: string): Instruction {
  const df = ok(`FROM scratch\n${src}\n`);
  const i = df.stages[0]?.instructions[0];
  if (i === undefined) throw new Error('no instruction');
  return i;
}

describe('parseDockerfile: accepted files', () => {
  it('parses the get-started python:2.7-slim example', () => {
    const df = ok(
      [
        '# Use an official Python runtime as a parent image',
        'FROM python:2.7-slim',
        '',
        '# Set the working directory to /app',
        'WORKDIR /app',
        'COPY . /app',
        'RUN pip install --trusted-host pypi.python.org -r requirements.txt',
        'EXPOSE 80',
        'ENV NAME World',
        'CMD ["python", "app.py"]',
        '',
      ].join('\n'),
    );
    expect(df.stages).toHaveLength(1);
    const st = df.stages[0];
    expect(st?.from).toMatchObject({ kind: 'FROM', image: 'python:2.7-slim', stageName: '', line: 2 });
    expect(st?.instructions.map((i) => [i.kind, i.line, i.original])).toEqual([
      ['WORKDIR', 5, 'WORKDIR /app'],
      ['COPY', 6, 'COPY . /app'],
      ['RUN', 7, 'RUN pip install --trusted-host pypi.python.org -r requirements.txt'],
      ['EXPOSE', 8, 'EXPOSE 80'],
      ['ENV', 9, 'ENV NAME World'],
      ['CMD', 10, 'CMD ["python", "app.py"]'],
    ]);
    expect(st?.instructions[1]).toMatchObject({ sources: ['.'], dest: '/app' });
    expect(st?.instructions[2]).toMatchObject({
      cmd: ['pip install --trusted-host pypi.python.org -r requirements.txt'],
      prependShell: true,
    });
    expect(st?.instructions[4]).toMatchObject({ pairs: [{ key: 'NAME', value: 'World' }] });
    expect(st?.instructions[5]).toMatchObject({ cmd: ['python', 'app.py'], json: true, prependShell: false });
  });

  it('joins continuation lines, skipping comments and (with a warning) empty lines', () => {
    const df = ok('FROM a\nRUN echo a \\\n  # comment\n    && echo b \\\n\n  && echo c\nUSER x\n');
    const run = df.stages[0]?.instructions[0];
    expect(run).toMatchObject({
      kind: 'RUN',
      line: 2,
      endLine: 6,
      cmd: ['echo a     && echo b   && echo c'],
    });
    expect(df.stages[0]?.instructions[1]).toMatchObject({ kind: 'USER', line: 7, value: 'x' });
    expect(df.warnings).toEqual([
      '[WARNING]: Empty continuation line found in:\n    RUN echo a     && echo b   && echo c',
      '[WARNING]: Empty continuation lines will become errors in a future release.',
    ]);
  });

  it('honours # escape=` and # syntax= only at the top', () => {
    const df = ok('# syntax=docker/dockerfile:1\n# escape=`\nFROM a\nRUN dir c:\\ `\n  /w\n');
    expect(df.escapeToken).toBe('`');
    expect(df.syntax).toBe('docker/dockerfile:1');
    expect(df.stages[0]?.instructions[0]).toMatchObject({ cmd: ['dir c:\\   /w'], endLine: 5 });
    const late = ok('FROM a\n# escape=`\nRUN a `\n');
    expect(late.escapeToken).toBe('\\');
    expect(late.stages[0]?.instructions[0]).toMatchObject({ cmd: ['a `'] });
  });

  it('is case-insensitive, handles CRLF and a BOM', () => {
    const df = ok('\ufefffrom alpine AS Build\r\nrun echo hi\r\n');
    expect(df.stages[0]).toMatchObject({ name: 'build', from: { image: 'alpine', stageName: 'build' } });
    expect(df.stages[0]?.instructions[0]).toMatchObject({ kind: 'RUN', cmd: ['echo hi'] });
  });

  it('keeps ARGs before FROM as meta args and supports several stages', () => {
    const df = ok(
      'ARG BASE=alpine:3.18\nARG V\nFROM --platform=linux/amd64 $BASE AS b\nFROM b\nCOPY --from=b /x /y\n',
    );
    expect(df.metaArgs.map((a) => [a.name, a.defaultValue])).toEqual([
      ['BASE', 'alpine:3.18'],
      ['V', undefined],
    ]);
    expect(df.stages.map((s) => s.from.image)).toEqual(['$BASE', 'b']);
    expect(df.stages[0]?.from.platform).toBe('linux/amd64');
    expect(df.stages[1]?.instructions[0]).toMatchObject({
      kind: 'COPY',
      from: 'b',
      sources: ['/x'],
      dest: '/y',
    });
  });

  it('parses ENV and LABEL in both forms, keeping quotes for expansion', () => {
    expect(only('ENV k v with  spaces')).toMatchObject({ pairs: [{ key: 'k', value: 'v with  spaces' }] });
    expect(only('ENV a=1 b="v 2" c=')).toMatchObject({
      pairs: [
        { key: 'a', value: '1' },
        { key: 'b', value: '"v 2"' },
        { key: 'c', value: '' },
      ],
    });
    expect(only('LABEL "com.example.v"="1" desc=x\\ y')).toMatchObject({
      pairs: [
        { key: '"com.example.v"', value: '"1"' },
        { key: 'desc', value: 'x\\ y' },
      ],
    });
  });

  it('parses COPY/ADD flags and the JSON form for paths with spaces', () => {
    expect(only('COPY --chown=1000:1000 --chmod=644 a b /dst/')).toMatchObject({
      kind: 'COPY',
      sources: ['a', 'b'],
      dest: '/dst/',
      chown: '1000:1000',
      chmod: '644',
      from: '',
    });
    expect(only('ADD ["my file", "/dir with space/"]')).toMatchObject({
      kind: 'ADD',
      sources: ['my file'],
      dest: '/dir with space/',
      json: true,
    });
  });

  it('parses CMD/ENTRYPOINT/RUN shell and exec forms, SHELL, VOLUME, EXPOSE', () => {
    expect(only('ENTRYPOINT ["/bin/app", "-x"]')).toMatchObject({
      cmd: ['/bin/app', '-x'],
      prependShell: false,
    });
    expect(only('CMD echo "$HOME"')).toMatchObject({ cmd: ['echo "$HOME"'], prependShell: true });
    expect(only('RUN ["echo", "a"] trailing')).toMatchObject({
      cmd: ['["echo", "a"] trailing'],
      json: false,
    });
    expect(only('SHELL ["/bin/bash", "-c"]')).toMatchObject({ values: ['/bin/bash', '-c'] });
    expect(only('VOLUME ["/data", "/logs"]')).toMatchObject({ values: ['/data', '/logs'] });
    expect(only('VOLUME /a /b')).toMatchObject({ values: ['/a', '/b'] });
    expect(only('EXPOSE 8080/udp 443 80')).toMatchObject({ values: ['443', '80', '8080/udp'] });
  });

  it('parses HEALTHCHECK, STOPSIGNAL, MAINTAINER and ONBUILD', () => {
    expect(
      only('HEALTHCHECK --interval=5m --timeout=3s --retries=3 CMD curl -f http://localhost/ || exit 1'),
    ).toMatchObject({
      test: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'],
      intervalNs: 300e9,
      timeoutNs: 3e9,
      startPeriodNs: 0,
      retries: 3,
    });
    expect(only('HEALTHCHECK CMD ["pg_isready"]')).toMatchObject({ test: ['CMD', 'pg_isready'] });
    expect(only('healthcheck none')).toMatchObject({ test: ['NONE'] });
    expect(only('STOPSIGNAL SIGKILL')).toMatchObject({ kind: 'STOPSIGNAL', value: 'SIGKILL' });
    expect(only('MAINTAINER Jane Doe <jane@example.com>')).toMatchObject({
      value: 'Jane Doe <jane@example.com>',
    });
    expect(only('ONBUILD RUN make install')).toMatchObject({
      kind: 'ONBUILD',
      trigger: 'RUN',
      expression: 'RUN make install',
    });
  });
});

const rejects: [string, string, number][] = [
  ['FROM a\nRUN x\nFRO b\n', 'Dockerfile parse error line 3: unknown instruction: FRO', 3],
  ['', 'file with no instructions', 0],
  ['# only a comment\n\n', 'file with no instructions', 0],
  ['FROM a\nENV\n', 'Dockerfile parse error line 2: ENV requires at least one argument', 2],
  ['FROM a\n\n\n\nENV x\n', 'ENV must have two arguments', 5],
  ['FROM a\nLABEL x\n', 'LABEL must have two arguments', 2],
  ['FROM a\nENV =x\n', 'Dockerfile parse error line 2: ENV names can not be blank', 2],
  ['FROM a\nENV a=1 b\n', 'Syntax error - can\'t find = in "b". Must be of the form: name=value', 2],
  ['FROM a\nARG a=1 b=2\n', 'Dockerfile parse error line 2: ARG requires exactly one argument', 2],
  ['ARG =x\nFROM a\n', 'Dockerfile parse error line 1: ARG names can not be blank', 1],
  ['FROM a b\n', 'Dockerfile parse error line 1: FROM requires either one or three arguments', 1],
  [
    'FROM a AS 1x\n',
    'Dockerfile parse error line 1: invalid name for build stage: "1x", name can\'t start with a number or contain symbols',
    1,
  ],
  ['RUN x\nFROM a\n', 'no build stage in current context', 1],
  [
    'FROM a\nCOPY x\n',
    'Dockerfile parse error line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined',
    2,
  ],
  ['FROM a\nADD --from=b x y\n', 'Dockerfile parse error line 2: Unknown flag: from', 2],
  [
    'FROM a\nRUN --mount=type=cache,target=/c make\n',
    'Dockerfile parse error line 2: Unknown flag: mount',
    2,
  ],
  ['FROM a\nCOPY --chown a b\n', 'Dockerfile parse error line 2: Missing a value on flag: chown', 2],
  [
    'FROM a\nCOPY --from=x --from=y a b\n',
    'Dockerfile parse error line 2: Duplicate flag specified: from',
    2,
  ],
  ['FROM a\nWORKDIR\n', 'Dockerfile parse error line 2: WORKDIR requires exactly one argument', 2],
  ['FROM a\nUSER\n', 'Dockerfile parse error line 2: USER requires exactly one argument', 2],
  ['FROM a\nEXPOSE\n', 'Dockerfile parse error line 2: EXPOSE requires at least one argument', 2],
  ['FROM a\nVOLUME [""]\n', 'Dockerfile parse error line 2: VOLUME specified can not be an empty string', 2],
  [
    'FROM a\nSHELL /bin/bash -c\n',
    'Dockerfile parse error line 2: SHELL requires the arguments to be in JSON form',
    2,
  ],
  ['FROM a\nSHELL []\n', 'Dockerfile parse error line 2: SHELL requires at least one argument', 2],
  ['FROM a\nCMD ["a", 1]\n', 'when using JSON array syntax, arrays must be comprised of strings only', 2],
  [
    'FROM a\nONBUILD ONBUILD RUN x\n',
    "Dockerfile parse error line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
    2,
  ],
  ['FROM a\nONBUILD FROM b\n', "Dockerfile parse error line 2: FROM isn't allowed as an ONBUILD trigger", 2],
  ['FROM a\nONBUILD\n', 'Dockerfile parse error line 2: ONBUILD requires at least one argument', 2],
  ['FROM a\nHEALTHCHECK NONE x\n', 'Dockerfile parse error line 2: HEALTHCHECK NONE takes no arguments', 2],
  ['FROM a\nHEALTHCHECK CMD\n', 'Dockerfile parse error line 2: Missing command after HEALTHCHECK CMD', 2],
  [
    'FROM a\nHEALTHCHECK FOO x\n',
    'Dockerfile parse error line 2: Unknown type "FOO" in HEALTHCHECK (try CMD)',
    2,
  ],
  [
    'FROM a\nHEALTHCHECK --interval=0s CMD x\n',
    'Dockerfile parse error line 2: Interval "interval" cannot be less than 1ms',
    2,
  ],
  [
    'FROM a\nHEALTHCHECK --timeout=5 CMD x\n',
    'Dockerfile parse error line 2: time: missing unit in duration "5"',
    2,
  ],
  [
    'FROM a\nHEALTHCHECK --retries=0 CMD x\n',
    'Dockerfile parse error line 2: --retries must be at least 1 (not 0)',
    2,
  ],
  ['FROM a\nHEALTHCHECK --foo=1 CMD x\n', 'Dockerfile parse error line 2: Unknown flag: foo', 2],
  ['# escape=x\nFROM a\n', "invalid escape token 'x' does not match ` or \\", 1],
  ['# escape=\\\n# escape=`\nFROM a\n', 'only one escape parser directive can be used', 2],
  ['FROM a\nRUN ' + 'x'.repeat(70000) + '\n', 'dockerfile line greater than max allowed size of 65535', 2],
  ['FROM a\nENV x\nRUN ' + 'x'.repeat(70000) + '\n', 'ENV must have two arguments', 2],
];

describe('parseDockerfile: rejected files', () => {
  it.each(rejects)('case %#', (src, message, line) => {
    const r = parseDockerfile(src);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ message, line });
  });

  it('reports the AST pass before the typed pass, like Docker', () => {
    const r = parseDockerfile('FRO a\nFROM b\nENV x\n');
    expect(r.ok ? '' : r.error.message).toBe('ENV must have two arguments');
  });
});

/** Best of three runs, so that a busy shared machine does not make the timing flaky. */
function fastest(fn: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('limits', () => {
  it('refuses more than 10,000 instructions quickly', () => {
    const src = 'FROM a\n' + 'USER x\n'.repeat(10_000);
    const r = parseDockerfile(src);
    expect(r.ok ? '' : r.error.message).toBe('Dockerfile has more than 10000 instructions');
    expect(fastest(() => parseDockerfile(src))).toBeLessThan(100);
  });

  it('refuses more than 100,000 continuation lines quickly', () => {
    const src = 'FROM a\nRUN x \\\n' + 'y \\\n'.repeat(100_001);
    const r = parseDockerfile(src);
    expect(r.ok ? '' : r.error).toMatchObject({
      message: 'instruction has more than 100000 continuation lines',
      line: 2,
    });
    expect(fastest(() => parseDockerfile(src))).toBeLessThan(100);
  });

  it('parses a 10,000-instruction file in under 100 ms', () => {
    const src = 'FROM a\n' + 'RUN echo "$x" && ls -l /tmp \\\n  && true\n'.repeat(9_999);
    expect(parseDockerfile(src).ok).toBe(true);
    expect(fastest(() => parseDockerfile(src))).toBeLessThan(100);
  });
});
