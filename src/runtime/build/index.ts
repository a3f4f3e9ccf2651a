// Dockerfile front end for the image builder: parses Dockerfile text into stages of typed
// instructions the way Docker 20.10's legacy builder did (it used BuildKit 0.8's parser and
// instructions packages), with the same error texts, plus the helpers the builder needs:
// variable substitution at dispatch time and the history `created_by` strings.
//
// Simplification: no heredocs (`RUN <<EOF`, a later BuildKit feature), no `RUN --mount/--network`
// (the legacy builder rejected them: `Unknown flag: mount`), `# syntax=` is recorded but not acted on,
// and `--flag value` (space-separated) is not accepted, as in 20.10. Errors from the typed pass carry
// Docker's `Dockerfile parse error line N: ` prefix; errors from the AST pass (e.g. `ENV must have two
// arguments`) carry none, as in 20.10, but every error records its line. Where BuildKit has no limit,
// ours stop hostile input early: 64 KiB per line (Go's scanner), 100,000 continuation lines per
// instruction, 10,000 instructions, 200 nested ${…:-…} substitutions.

export type * from './types';
export { DockerfileParseError } from './types';
export { parseDockerfile, parseInstructionLine } from './parse';
export { expandInstruction, expandFrom } from './expand';
export { processWord, processWords, type EnvLookup } from './lex';
export {
  createdBy,
  makesLayer,
  isMetadataOnly,
  nopText,
  DEFAULT_SHELL,
  type CreatedByContext,
} from './history';
export { MAX_LINE_BYTES, MAX_CONTINUATION_LINES, MAX_INSTRUCTIONS } from './lines';
export { MAX_SUBSTITUTION_DEPTH } from './lex';
