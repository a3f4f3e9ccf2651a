// The typed Dockerfile AST: what parseDockerfile returns and the builder consumes.
// Field values are as the parser leaves them (quotes still in shell-style words such as ENV values);
// expandInstruction() applies the variable substitution Docker does at dispatch time.

export type InstructionKind =
  | 'ADD'
  | 'ARG'
  | 'CMD'
  | 'COPY'
  | 'ENTRYPOINT'
  | 'ENV'
  | 'EXPOSE'
  | 'FROM'
  | 'HEALTHCHECK'
  | 'LABEL'
  | 'MAINTAINER'
  | 'ONBUILD'
  | 'RUN'
  | 'SHELL'
  | 'STOPSIGNAL'
  | 'USER'
  | 'VOLUME'
  | 'WORKDIR';

export interface InstructionBase {
  /** First and last physical line (1-based) of the instruction. */
  line: number;
  endLine: number;
  /** The logical line, continuations joined, trimmed: what `Step N/M : …` prints. */
  original: string;
  /** The argument words as BuildKit's AST holds them. */
  args: string[];
  /** Builder flags as written, e.g. `--from=build`. */
  flags: string[];
  /** True when the arguments were a JSON array (exec form). */
  json: boolean;
}

export interface KeyValue {
  key: string;
  value: string;
}

export interface FromInstruction extends InstructionBase {
  kind: 'FROM';
  image: string;
  /** Lower-cased `AS name`, or '' when absent. */
  stageName: string;
  platform: string;
}
export interface ShellFormInstruction extends InstructionBase {
  kind: 'RUN' | 'CMD' | 'ENTRYPOINT';
  /** Exec form: the array; shell form: one string (the command line). */
  cmd: string[];
  /** Shell form: the builder prepends the SHELL (default /bin/sh -c). */
  prependShell: boolean;
}
export interface KeyValueInstruction extends InstructionBase {
  kind: 'ENV' | 'LABEL';
  pairs: KeyValue[];
}
export interface ArgInstruction extends InstructionBase {
  kind: 'ARG';
  name: string;
  defaultValue: string | undefined;
}
export interface CopyInstruction extends InstructionBase {
  kind: 'COPY' | 'ADD';
  sources: string[];
  dest: string;
  /** --from (COPY only), --chown, --chmod; '' when not given. */
  from: string;
  chown: string;
  chmod: string;
}
export interface SingleValueInstruction extends InstructionBase {
  kind: 'WORKDIR' | 'USER' | 'STOPSIGNAL' | 'MAINTAINER';
  value: string;
}
export interface ListInstruction extends InstructionBase {
  /** EXPOSE ports (sorted as strings, like BuildKit), VOLUME paths, SHELL words. */
  kind: 'EXPOSE' | 'VOLUME' | 'SHELL';
  values: string[];
}
export interface HealthcheckInstruction extends InstructionBase {
  kind: 'HEALTHCHECK';
  /** ['NONE'], ['CMD', ...exec] or ['CMD-SHELL', cmdline]. */
  test: string[];
  /** Durations in nanoseconds, 0 = inherit the default. */
  intervalNs: number;
  timeoutNs: number;
  startPeriodNs: number;
  retries: number;
}
export interface OnbuildInstruction extends InstructionBase {
  kind: 'ONBUILD';
  /** The trigger text (ONBUILD removed), parsed again when a child image builds FROM this one. */
  expression: string;
  /** Upper-cased name of the wrapped instruction. */
  trigger: string;
}

export type Instruction =
  | FromInstruction
  | ShellFormInstruction
  | KeyValueInstruction
  | ArgInstruction
  | CopyInstruction
  | SingleValueInstruction
  | ListInstruction
  | HealthcheckInstruction
  | OnbuildInstruction;

export interface Stage {
  from: FromInstruction;
  /** Lower-cased stage name or ''. */
  name: string;
  /** The stage's instructions after FROM, in order. */
  instructions: Instruction[];
}

export interface Dockerfile {
  escapeToken: '\\' | '`';
  /** The `# syntax=` directive's value, if any. */
  syntax: string | undefined;
  /** ARG instructions before the first FROM. */
  metaArgs: ArgInstruction[];
  stages: Stage[];
  /** Parser warnings, e.g. empty continuation lines, in the legacy builder's wording. */
  warnings: string[];
}

export interface DockerfileError {
  /** The text the daemon reports (after `Error response from daemon: `). */
  message: string;
  /** 1-based line where the error was found (0 when it is about the whole file). */
  line: number;
  endLine: number;
}

export type ParseResult = { ok: true; dockerfile: Dockerfile } | { ok: false; error: DockerfileError };

/** Raised inside the parser only; parseDockerfile turns it into a ParseResult. */
export class DockerfileParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly endLine: number = line,
  ) {
    super(message);
  }
}
