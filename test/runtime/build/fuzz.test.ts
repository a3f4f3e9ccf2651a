// Robustness: random text and mutated valid Dockerfiles must give a parse result or a typed error,
// never a JS exception; expansion and createdBy must not throw on whatever parses.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createdBy, expandInstruction, parseDockerfile, processWords } from '../../../src/runtime/build';

const valid = [
  '# syntax=docker/dockerfile:1',
  '# escape=\\',
  'ARG BASE=alpine',
  'FROM --platform=linux/amd64 ${BASE} AS build',
  'WORKDIR /app',
  'COPY --chown=1:1 ["a b", "/dst/"]',
  'ADD x.tar.gz /',
  'RUN apk add --no-cache make \\',
  '    && make \\',
  '',
  '    && make install',
  'ENV A=1 B="two words" C=\\$x',
  'ENV LEGACY value with spaces',
  'LABEL "k"="v" other=x',
  'EXPOSE 80/tcp 443',
  'VOLUME ["/data"]',
  'USER 1000:1000',
  'HEALTHCHECK --interval=5s --timeout=1s --retries=2 CMD ["true"]',
  'SHELL ["/bin/sh", "-c"]',
  'STOPSIGNAL SIGINT',
  'ONBUILD RUN echo child',
  'MAINTAINER me',
  'FROM build',
  'COPY --from=build /app /app',
  'ENTRYPOINT ["/app/run"]',
  'CMD ["--help"]',
].join('\n');

const pieces = [
  '\\',
  '`',
  '"',
  "'",
  '$',
  '${',
  '}',
  ':-',
  '[',
  ']',
  '=',
  '--',
  '#',
  '\n',
  '\r',
  ' ',
  '\t',
  'FROM',
  'RUN',
  'ONBUILD',
  '\u00a0',
  '\ufeff',
  '{',
];

function check(src: string): void {
  const r = parseDockerfile(src);
  if (!r.ok) {
    expect(typeof r.error.message).toBe('string');
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(Number.isInteger(r.error.line)).toBe(true);
    return;
  }
  const env = (n: string) => (n.length % 2 === 0 ? `v ${n}` : undefined);
  for (const st of r.dockerfile.stages) {
    for (const i of [st.from, ...st.instructions]) {
      const e = expandInstruction(i, env, r.dockerfile.escapeToken);
      expect(typeof createdBy('error' in e ? i : e)).toBe('string');
    }
  }
}

describe('parser fuzzing', () => {
  it('parses the seed file', () => {
    const r = parseDockerfile(valid);
    expect(r.ok).toBe(true);
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 500 });
  });

  it('never throws on mutated valid files', () => {
    const mutation = fc.tuple(fc.nat(valid.length), fc.nat(8), fc.constantFrom(...pieces));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (muts) => {
        let src = valid;
        for (const [at, del, ins] of muts) {
          const p = at % (src.length + 1);
          src = src.slice(0, p) + ins + src.slice(p + del);
        }
        check(src);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws in the word lexer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('\\', '`'), (w, esc) => {
        const r = processWords(w, () => 'a b', esc);
        expect('error' in r || Array.isArray(r.values)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
