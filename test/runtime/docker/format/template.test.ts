// Expected outputs and errors: the real docker 28.2.2 CLI. `docker ps --format` ran over a stub
// daemon's container "web" (errors from ps's own pre-check over an empty context carry its
// "failed to … template" prefix); `docker version -f` and `docker inspect -f` over stub data
// shaped like the structs below.
import { describe, expect, it } from 'vitest';
import {
  checkPsFormat,
  containerContext,
  GoStruct,
  renderGoTemplate,
} from '../../../../src/runtime/docker/format';
import type { TemplateValue } from '../../../../src/runtime/docker/format';

const web = containerContext(
  {
    Id: '4a5a0ed5c48b1ac40bd27d4bc06a2a3e6d1a4b9a3da18c0e08bfb1c5d9e8e2f1',
    Names: ['/web'],
    Image: 'nginx:1.25',
    ImageID: 'sha256:a8758716bb6aa4d90071160d27028fe4eaee7ce8166221a97d30440c8eac2be6',
    Command: "/docker-entrypoint.sh nginx -g 'daemon off;'",
    Created: 1000,
    Ports: [
      { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 4000, Type: 'tcp' },
      { IP: '::', PrivatePort: 80, PublicPort: 4000, Type: 'tcp' },
    ],
    Labels: { b: '2', a: '1' },
    State: 'running',
    Status: 'Up 5 seconds',
  },
  { trunc: true, nowNs: 1005e9 },
);

function out(format: string, data: TemplateValue = web, name = ''): string {
  const r = renderGoTemplate(format, data, { name });
  return r.ok ? r.output : 'ERROR ' + r.error;
}

describe('Go text/template over a docker ps row', () => {
  it.each([
    ['{{.Names | upper}}', 'WEB'],
    ['{{len .Names}}', '3'],
    [
      '{{printf "%-8s|%5d|%x|%q|%v|%T" .Names 42 255 .Names true .Names}}',
      'web     |   42|ff|"web"|true|string',
    ],
    ['{{.Names}}{{println}}x', 'web\nx'],
    ['{{println .Names 3}}', 'web 3\n'],
    ['{{title .State}} {{truncate .Names 2}} [{{pad .Names 2 1}}]', 'Running we [  web ]'],
    ['{{split .Ports ", "}}', '[0.0.0.0:4000->80/tcp [::]:4000->80/tcp]'],
    ['{{join (split .Ports ", ") "|"}}', '0.0.0.0:4000->80/tcp|[::]:4000->80/tcp'],
    ['{{json .Names}}', '"web"'],
    ['{{.Label "a"}}', '1'],
    [
      '{{eq .State "running"}} {{ne 1 2}} {{lt 1 2}} {{and "" "x"}} {{or "" "x"}} {{not ""}}',
      'true true true  x true',
    ],
    ['{{if eq .State "running" "paused"}}live{{else if eq .State "exited"}}dead{{else}}?{{end}}', 'live'],
    ['{{with .Ports}}P={{.}}{{else}}none{{end}}', 'P=0.0.0.0:4000->80/tcp, [::]:4000->80/tcp'],
    ['{{$n := .Names}}{{$n}}-{{$n = "z"}}{{$n}}', 'web-z'],
    ['{{- .Names -}}  ,  {{- .State}}', 'web,running'],
    ['{{/* c */}}x', 'x'],
    [
      '{{range $i, $e := split .Ports ", "}}{{$i}}:{{$e}};{{end}}',
      '0:0.0.0.0:4000->80/tcp;1:[::]:4000->80/tcp;',
    ],
    ['{{range split .Ports ", "}}{{.}}{{else}}EMPTY{{end}}', '0.0.0.0:4000->80/tcp[::]:4000->80/tcp'],
    [
      '{{printf "%5.1f %e %g %08.3f %+d %s" 3.14159 1234.5678 0.000012345 3.14159 5 nil}}',
      '  3.1 1.234568e+03 1.2345e-05 0003.142 +5 %!s(<nil>)',
    ],
    ['{{printf "%d %s"  "x" 1}}', '%!d(string=x) %!s(int=1)'],
    ['{{printf "%s"}}', '%!s(MISSING)'],
    ['{{printf "%v %v" 1.0 1e21}}', '1 1e+21'],
    ['{{printf "%v|%v|%v|%v" 1e6 0.000001 123456789.0 1e20}}', '1e+06|1e-06|1.23456789e+08|1e+20'],
    ["{{1e6}} {{1.5}} {{0x10}} {{1_000}} {{'a'}} {{true}}", '1e+06 1.5 16 1000 97 true'],
    ['{{range 3}}{{.}}{{end}}', '012'],
    ['{{print 1 2 "a" "b" 3}} {{print "a" 1 2 "b"}}', '1 2ab3 a1 2b'],
    ['{{json 1.5}} {{json "a<b"}}', '1.5 "a<b"'],
    [
      '{{join (split "a,b,,c" ",") ", "}}|{{split "a,b,,c" ","}}|{{title "hello wORLD-foo_bar x.y"}}|{{lower "ABC"}}',
      'a, b, , c|[a b  c]|Hello WORLD-Foo_bar X.Y|abc',
    ],
    ['{{truncate "abcdef" 3}}|{{truncate "ab" 3}}|{{pad "" 2 2}}|{{pad "x" 0 3}}|', 'abc|ab||x   |'],
    ['{{1 | printf "%d"}}', '1'],
  ])('%s', (format, expected) => {
    expect(out(format)).toBe(expected);
  });
});

describe('template errors in Go words', () => {
  it.each([
    [
      '{{.Foo}}',
      'template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    ],
    ['{{foo}}', 'template: :1: function "foo" not defined'],
    ['{{ . | foo}}', 'template: :1: function "foo" not defined'],
    ['{{.Names', 'template: :1: unclosed action'],
    ['{{if}}x{{end}}', 'template: :1: missing value for if'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{.Names}} {{else}}', 'template: :1: unexpected {{else}}'],
    ['{{if .Names}}x', 'template: :1: unexpected EOF'],
    ['{{range .Names}}', 'template: :1: unexpected EOF'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{1.5}} {{1e6}} {{100000000000000000000}}', 'template: :1: integer overflow: "100000000000000000000"'],
    ['{{.Label}}', 'template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0'],
    [
      '{{.Names.Foo}}',
      'template: :1:8: executing "" at <.Names.Foo>: can\'t evaluate field Foo in type string',
    ],
    [
      '{{.Names .ID}}',
      'template: :1:2: executing "" at <.Names>: wrong number of args for Names: want 0 got 1',
    ],
    ['{{json}}', 'template: :1:2: executing "" at <json>: wrong number of args for json: want 1 got 0'],
    ['{{upper 1}}', 'template: :1:8: executing "" at <1>: expected string; found 1'],
    ['{{nil}}', 'template: :1:2: executing "" at <nil>: nil is not a command'],
    [
      '{{eq 1 1.0}}',
      'template: :1:2: executing "" at <eq 1 1.0>: error calling eq: incompatible types for comparison',
    ],
    [
      '{{lt true false}}',
      'template: :1:2: executing "" at <lt true false>: error calling lt: invalid type for comparison',
    ],
    ['{{len 3}}', 'template: :1:2: executing "" at <len 3>: error calling len: len of type int'],
    [
      '{{if eq .State "running"}}{{.Foo}}{{end}}',
      'template: :1:28: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    ],
  ])('%s', (format, expected) => {
    expect(out(format)).toBe('ERROR ' + expected);
  });

  it("reports ps's pre-check failures with its own prefixes", () => {
    expect(checkPsFormat('{{foo}}')).toBe(
      'failed to parse template: template: :1: function "foo" not defined',
    );
    expect(checkPsFormat('table {{.Foo}}')).toBe(
      'failed to execute template: template: :1:8: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    );
    expect(checkPsFormat('{{range .Names}}{{end}}')).toBe(
      'failed to execute template: template: :1:8: executing "" at <.Names>: range can\'t iterate over ',
    );
    expect(checkPsFormat('{{index .Names 0}}')).toBe(
      'failed to execute template: template: :1:2: executing "" at <index .Names 0>: error calling index: reflect: string index out of range',
    );
    expect(checkPsFormat('{{if eq .State "running"}}{{.Foo}}{{end}}')).toBeNull();
    expect(checkPsFormat('table {{.ID}}\t{{.Names}}')).toBeNull();
  });
});

// `docker version -f` data: system.versionInfo with a *types.Version server part.
const version = new GoStruct('system.versionInfo', {
  Client: new GoStruct('system.clientVersion', { Version: '28.2.2' }),
  Server: new GoStruct('*types.Version', {
    Platform: { Name: 'Docker Engine - Community' },
    Components: [
      {
        Name: 'Engine',
        Version: '28.2.2',
        Details: new Map([
          ['ApiVersion', '1.50'],
          ['Os', 'linux'],
        ]),
      },
    ],
    Version: '28.2.2',
    ApiVersion: '1.50',
    MinAPIVersion: '1.24',
    GitCommit: 'abc',
    GoVersion: 'go1.24.3',
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: '6.1.0',
    Experimental: false,
    BuildTime: '2025-05-30T12:00:00.000000000+00:00',
  }),
});

describe('templates over typed structs and maps (docker version / inspect)', () => {
  const d = '{{$d := (index .Server.Components 0).Details}}';
  it.each([
    ['{{.Server.Version}}', '28.2.2'],
    [`${d}{{$d.zz}}|{{eq $d.zz "x"}}`, '<no value>|false'],
    [
      `${d}{{index $d "zz"}}|{{printf "%s" $d.zz}}|{{print $d.zz}}|{{json $d.zz}}|{{not $d.zz}}|{{and $d.zz 1}}`,
      '|%!s(<nil>)|<nil>|null|true|<no value>',
    ],
    ['{{range $d := (index .Server.Components 0).Details.zz}}x{{else}}none{{end}}', 'none'],
    [
      '{{.Server}}',
      '{{Docker Engine - Community} [{Engine 28.2.2 map[ApiVersion:1.50 Os:linux]}] 28.2.2 1.50 1.24 abc go1.24.3 linux amd64 6.1.0 false 2025-05-30T12:00:00.000000000+00:00}',
    ],
    ['{{.Server.Components}}', '[{Engine 28.2.2 map[ApiVersion:1.50 Os:linux]}]'],
    ['{{index .Server.Version 0}}', '50'],
    ['{{.Server.Version | len | printf "%03d"}}', '006'],
  ])('%s', (format, expected) => {
    expect(out(format, version, 'version')).toBe(expected);
  });

  it.each([
    [
      `${d}{{len $d.zz}}`,
      'template: version:1:48: executing "version" at <len $d.zz>: error calling len: reflect: call of reflect.Value.Type on zero Value',
    ],
    [
      `${d}{{upper $d.zz}}`,
      'template: version:1:56: executing "version" at <$d.zz>: invalid value; expected string',
    ],
    [
      `${d}{{lt $d.zz "x"}}`,
      'template: version:1:48: executing "version" at <lt $d.zz "x">: error calling lt: invalid type for comparison',
    ],
    [
      '{{.Server.Foo}}',
      'template: version:1:9: executing "version" at <.Server.Foo>: can\'t evaluate field Foo in type *types.Version',
    ],
    [
      '{{.Client.Foo}}',
      'template: version:1:9: executing "version" at <.Client.Foo>: can\'t evaluate field Foo in type system.clientVersion',
    ],
    [
      '{{index .Server.Components 3}}',
      'template: version:1:2: executing "version" at <index .Server.Components 3>: error calling index: index out of range: 3',
    ],
    [
      '{{index .Server.Components "a"}}',
      'template: version:1:2: executing "version" at <index .Server.Components "a">: error calling index: cannot index slice/array with type string',
    ],
    [
      '{{"verylongstringthatgoesonandon" | upper | printf "%s %s" .Server.Version | .Foo}}',
      'template: version:1:77: executing "version" at <.Foo>: can\'t evaluate field Foo in type system.versionInfo',
    ],
  ])('%s fails', (format, expected) => {
    expect(out(format, version, 'version')).toBe('ERROR ' + expected);
  });

  // `docker inspect -f` over a container: typed struct fields, map[string]string labels.
  const inspect = {
    Args: ['nginx', '-g', 'daemon off;'],
    State: {
      Status: 'running',
      Running: true,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: 1234,
      ExitCode: 0,
      Error: '',
      StartedAt: '2024-01-02T03:04:06Z',
      FinishedAt: '0001-01-01T00:00:00Z',
      Health: null,
    },
    Config: {
      Env: ['PATH=/usr/bin', 'A=<b>&c'],
      Labels: new Map([
        ['b', '2'],
        ['a', '1'],
        ['html', '<x>'],
      ]),
      ExposedPorts: new Map([['80/tcp', {}]]),
    },
    HostConfig: { Memory: 67108864 },
    NetworkSettings: { Networks: new Map([['bridge', { IPAddress: '172.17.0.2' }]]) },
  };
  it.each([
    [
      '{{.State}}',
      '{running true false false false false 1234 0  2024-01-02T03:04:06Z 0001-01-01T00:00:00Z <nil>}',
    ],
    ['{{.Config.Labels}}', 'map[a:1 b:2 html:<x>]'],
    ['{{.Config.Labels.zz}}', '<no value>'],
    ['{{.Args}}', '[nginx -g daemon off;]'],
    ['{{.State.Pid}} {{.State.Running}}', '1234 true'],
    ['{{json .Config.Labels}}', '{"a":"1","b":"2","html":"<x>"}'],
    ['{{json .Config.Env}}', '["PATH=/usr/bin","A=<b>&c"]'],
    ['{{.HostConfig.Memory}}', '67108864'],
    ['{{.Config.ExposedPorts}}', 'map[80/tcp:{}]'],
    ['{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}}{{end}}', 'bridge=172.17.0.2'],
    ['{{range .Args}}[{{.}}]{{end}}{{range $i, $a := .Args}}{{$i}}{{end}}', '[nginx][-g][daemon off;]012'],
    ['{{range .Config.Labels}}{{.}},{{end}}', '1,2,<x>,'],
    ['{{with $x := .State.Status}}{{$x}}{{end}} {{with .State.Health}}h{{else}}noh{{end}}', 'running noh'],
    [
      '{{if and .State.Running (eq .State.Pid 1234)}}ok{{end}} {{or 0 "" "z"}} {{and 1 0 2}} {{not .Args}}',
      'ok z 0 false',
    ],
    ['{{.Args | len}} {{"x" | printf "%s-%s" "a"}}', '3 a-x'],
    ['{{json .State.Health}}', 'null'],
  ])('%s', (format, expected) => {
    expect(out(format, inspect)).toBe(expected);
  });

  it('fails on a missing key under missingkey=error (inspect raw fallback)', () => {
    const raw = new Map<string, TemplateValue>([['Custom', new Map<string, TemplateValue>([['s', 'str']])]]);
    const r = renderGoTemplate('{{.Custom.zz}}', raw, { missingKeyError: true });
    expect(r.ok ? r.output : r.error).toBe(
      'template: :1:9: executing "" at <.Custom.zz>: map has no entry for key "zz"',
    );
  });
});
