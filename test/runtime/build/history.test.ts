// Expected values: `docker history --no-trunc --format '{{.CreatedBy}}'` from the reference host's
// Docker 20.10 legacy builder (scenarios dk-02-build-history and dk-11-metadata-layers, fidelity.md §6),
// and the commit messages of moby's builder/dockerfile/dispatchers.go for the other instructions.
import { describe, it, expect } from 'vitest';
import {
  createdBy,
  expandInstruction,
  expandFrom,
  isMetadataOnly,
  makesLayer,
  parseDockerfile,
  type Instruction,
  type Stage,
} from '../../../src/runtime/build';

function stage(src: string): Stage {
  const r = parseDockerfile(src);
  if (!r.ok || r.dockerfile.stages[0] === undefined) throw new Error('parse failed');
  return r.dockerfile.stages[0];
}

function expanded(i: Instruction, env: Record<string, string> = {}): Instruction {
  const r = expandInstruction(i, (n) => env[n]);
  if ('error' in r) throw new Error(r.error);
  return r;
}

describe('createdBy', () => {
  it('matches dk-02 (build history)', () => {
    const st = stage(
      'FROM bb:base\nENV GREETING=hi\nRUN echo built > /built.txt\nCOPY app.txt /app/app.txt\nRUN rm /etc/old\nCMD ["cat", "/app/app.txt"]\n',
    );
    const lines = st.instructions.map((i) => createdBy(expanded(i), { source: 'file:<sha256>' }));
    expect(lines.reverse()).toEqual([
      '/bin/sh -c #(nop)  CMD ["cat" "/app/app.txt"]',
      '/bin/sh -c rm /etc/old',
      '/bin/sh -c #(nop) COPY file:<sha256> in /app/app.txt ',
      '/bin/sh -c echo built > /built.txt',
      '/bin/sh -c #(nop)  ENV GREETING=hi',
    ]);
    expect(st.instructions.filter((i) => makesLayer(i.kind))).toHaveLength(3);
  });

  it('matches dk-11 (metadata layers)', () => {
    const st = stage('FROM bb:base\nWORKDIR /newdir\nWORKDIR /etc\nUSER 1000\nLABEL a=b\nEXPOSE 80\n');
    expect(st.instructions.map((i) => createdBy(expanded(i))).reverse()).toEqual([
      '/bin/sh -c #(nop)  EXPOSE 80',
      '/bin/sh -c #(nop)  LABEL a=b',
      '/bin/sh -c #(nop)  USER 1000',
      '/bin/sh -c #(nop) WORKDIR /etc',
      '/bin/sh -c #(nop) WORKDIR /newdir',
    ]);
    expect(st.instructions.every((i) => isMetadataOnly(i.kind))).toBe(true);
  });

  it('writes the other commit messages the way the legacy builder formats them', () => {
    const st = stage(
      [
        'FROM a',
        'ENV A="x y" B=2',
        'ARG V=1',
        'CMD echo hi',
        'ENTRYPOINT ["/bin/app"]',
        'VOLUME /data /logs',
        'SHELL ["/bin/bash", "-c"]',
        'STOPSIGNAL SIGTERM',
        'MAINTAINER Jane',
        'HEALTHCHECK --interval=30s --retries=3 CMD curl -f http://x/',
        'HEALTHCHECK NONE',
        'ONBUILD RUN make',
        'RUN ["echo", "exec"]',
        '',
      ].join('\n'),
    );
    expect(st.instructions.map((i) => createdBy(expanded(i)))).toEqual([
      '/bin/sh -c #(nop)  ENV A=x y B=2',
      '/bin/sh -c #(nop)  ARG V=1',
      '/bin/sh -c #(nop)  CMD ["/bin/sh" "-c" "echo hi"]',
      '/bin/sh -c #(nop)  ENTRYPOINT ["/bin/app"]',
      '/bin/sh -c #(nop)  VOLUME [/data /logs]',
      '/bin/sh -c #(nop)  SHELL [/bin/bash -c]',
      '/bin/sh -c #(nop)  STOPSIGNAL SIGTERM',
      '/bin/sh -c #(nop)  MAINTAINER Jane',
      `/bin/sh -c #(nop)  HEALTHCHECK &{["CMD-SHELL" "curl -f http://x/"] "30s" "0s" "0s" '\\x03'}`,
      `/bin/sh -c #(nop)  HEALTHCHECK &{["NONE"] "0s" "0s" "0s" '\\x00'}`,
      '/bin/sh -c #(nop)  ONBUILD RUN make',
      'echo exec',
    ]);
  });

  it('uses the stage SHELL, the build-arg prefix and the resolved WORKDIR', () => {
    const st = stage('FROM a\nRUN make\nWORKDIR sub\n');
    const [run, wd] = st.instructions;
    if (run === undefined || wd === undefined) throw new Error('missing');
    expect(createdBy(run, { shell: ['/bin/bash', '-c'] })).toBe('/bin/bash -c make');
    expect(createdBy(run, { buildArgs: ['V=1', 'A=2'] })).toBe('|2 A=2 V=1 /bin/sh -c make');
    expect(createdBy(wd, { workdir: '/app/sub' })).toBe('/bin/sh -c #(nop) WORKDIR /app/sub');
  });
});

describe('expandInstruction', () => {
  it('substitutes where Docker does and leaves RUN to the shell', () => {
    const env = { HOME: '/root', PORTS: '80 443', USERNAME: 'app' };
    const st = stage(
      'FROM a\nENV P=$HOME/x Q="${NOPE:-d} e"\nRUN echo $HOME\nCOPY --chown=$USERNAME a ${HOME}/\nEXPOSE $PORTS\nUSER ${USERNAME:+x}\n',
    );
    const got = st.instructions.map((i) => expanded(i, env));
    expect(got[0]).toMatchObject({
      pairs: [
        { key: 'P', value: '/root/x' },
        { key: 'Q', value: 'd e' },
      ],
    });
    expect(got[1]).toMatchObject({ cmd: ['echo $HOME'] });
    expect(got[2]).toMatchObject({ chown: 'app', sources: ['a'], dest: '/root/' });
    expect(got[3]).toMatchObject({ values: ['80', '443'] });
    expect(got[4]).toMatchObject({ value: 'x' });
  });

  it('expands FROM from the meta ARGs and refuses an empty base name', () => {
    const r = parseDockerfile('ARG TAG=3.18\nFROM alpine:${TAG}\nFROM $NOTHING\n');
    if (!r.ok) throw new Error('parse failed');
    const meta = (n: string) => (n === 'TAG' ? '3.18' : undefined);
    const [s1, s2] = r.dockerfile.stages;
    if (s1 === undefined || s2 === undefined) throw new Error('missing');
    expect(expandFrom(s1.from, meta)).toMatchObject({ image: 'alpine:3.18' });
    expect(expandFrom(s2.from, meta)).toEqual({ error: 'base name ($NOTHING) should not be blank' });
  });

  it('returns lexer errors instead of throwing', () => {
    const st = stage('FROM a\nWORKDIR ${}\n');
    const wd = st.instructions[0];
    if (wd === undefined) throw new Error('missing');
    expect(expandInstruction(wd, () => undefined)).toEqual({ error: 'syntax error: bad substitution' });
  });
});
