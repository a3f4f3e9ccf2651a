// Output formatting of the `docker` CLI, as docker/cli does it, as pure functions (no Sys):
// - a Go text/template engine (lexer, parser, executor, Go's fmt printing and Sprintf) with
//   docker's template functions (json split join title lower upper pad truncate) and Go's
//   error texts ("template: :1: function \"foo\" not defined", "template: :1:2: executing \"\"
//   at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext");
// - formatter.Context: `table …` (header row from the header map, tabwriter with minwidth 10,
//   padding 3), `json` (= {{json .}}), custom formats, -q;
// - the row contexts of ps, images, history, stats and system df, their default formats and
//   headers, and the column helpers behind them (TruncateID, Ellipsis, DisplayablePorts, status);
// - go-units: HumanDuration, HumanSizeWithPrecision, BytesSize, RAMInBytes, FromHumanSize;
//   opts.ParseCPUs for --cpus.
// Expected outputs in the tests come from the real docker 28.2.2 CLI run against a stub daemon.
//
// Simplification: values are JS data (value.ts): integers are Go ints and other numbers float64,
// so a float64 holding 3.0 must be wrapped in GoFloat to print as Go does. Type names in errors
// are those of docker's contexts where we build them; plain objects are "struct {}", arrays
// "[]string" or "[]interface {}", Maps "map[string]string" or "map[string]interface {}".
// Nested pointers print as their struct, not as an address. No define/template/block, and no
// html, js, urlquery, slice or call functions. Go map iteration order (random in Go) is
// replaced by first-seen or sorted order. Times are UTC.

export { GoFloat, GoStruct, goTypeName, isTrue } from './value';
export type { GoMethod, GoParam, GoStructOptions, TemplateValue } from './value';
export { formatV, formatFloatShortest, sprint, sprintln } from './gofmt';
export { goSprintf } from './printf';
export { templateJson, jsonString } from './json';
export { executeGoTemplate, parseGoTemplate, renderGoTemplate } from './template';
export type { ExecResult, GoTemplate, ParseResult, TemplateOptions } from './template';
export { BASIC_FUNCS, HEADER_FUNCS, goSplit, goTitle } from './tmpl-funcs';
export type { FuncDef, FuncMap } from './tmpl-funcs';
export { DOCKER_TABLE, tabwrite, textWidth } from './tabwriter';
export type { TabwriterOptions } from './tabwriter';
export {
  bytesSize,
  cpusFlagError,
  fromHumanSize,
  goG,
  humanDuration,
  humanSize,
  humanSizeWithPrecision,
  parseCPUs,
  parseGoFloat,
  ramInBytes,
} from './units';
export type { Parsed } from './units';
export {
  commandColumn,
  containerStateString,
  containerStatus,
  displayablePorts,
  ellipsis,
  formatPercentage,
  goTimeString,
  historyCreatedBy,
  rfc3339,
  sizeColumn,
  timeAgo,
  truncateID,
} from './columns';
export type { ContainerState, PortSummary } from './columns';
export {
  containerContext,
  diskUsageContext,
  headerContext,
  historyContext,
  imageContext,
  statsContext,
} from './contexts';
export type {
  ContainerSummary,
  DiskUsageLine,
  HistoryItem,
  ImageRow,
  RowOptions,
  StatsEntry,
} from './contexts';
export * from './formats';
export { checkPsFormat, preFormat, renderTable } from './render';
export type { RenderOptions, RenderResult } from './render';
export { imageRows } from './images';
export type { ImageSummary } from './images';
