// The Dockerfile line a history entry's created_by stands for, as the legacy builder writes it
// (runtime/build/history.ts): `/bin/sh -c #(nop)  CMD ["sh"]` → `CMD ["sh"]`,
// `/bin/sh -c #(nop) COPY file:… in /app ` → `COPY file:… in /app`, `/bin/sh -c apk add x` →
// `RUN apk add x`, `|1 V=2 /bin/sh -c make` (build args) → `RUN make`. Anything else (a docker
// commit's container command, an import) is returned as it is.

const NOP = /^\/bin\/sh -c #\(nop\)\s+/;
const SHELL = /^\/bin\/sh -c /;
const ARGS = /^\|(\d+) /;

/** The instruction for a created_by string ('' stays ''). */
export function instruction(createdBy: string): string {
  let s = createdBy;
  const args = ARGS.exec(s);
  if (args) {
    const n = Number(args[1]);
    const words = s.slice(args[0].length).split(' ');
    s = words.slice(n).join(' ');
  }
  if (NOP.test(s)) return s.replace(NOP, '').trim();
  if (SHELL.test(s)) return `RUN ${s.replace(SHELL, '')}`;
  if (args) return `RUN ${s}`;
  return s;
}
