// Column helpers, stats and system df rows, and tabwriter: expected strings from the real docker
// 28.2.2 CLI over a stub daemon (docker ps, docker stats --no-stream, docker system df), and
// moby's State.String() for the STATUS texts the daemon sends.
import { describe, expect, it } from 'vitest';
import {
  commandColumn,
  containerContext,
  containerStateString,
  containerStatus,
  DF_HEADERS,
  dfFormat,
  diskUsageContext,
  displayablePorts,
  ellipsis,
  renderTable,
  statsContext,
  statsFormat,
  STATS_HEADERS,
  tabwrite,
  truncateID,
  PS_HEADERS,
  renderGoTemplate,
} from '../../../../src/runtime/docker/format';
import type { StatsEntry } from '../../../../src/runtime/docker/format';

describe('columns', () => {
  it('truncates IDs to 12 characters without the algorithm', () => {
    expect(truncateID('sha256:a8758716bb6aa4d90071160d27028fe4eaee7ce8166221a97d30440c8eac2be6')).toBe(
      'a8758716bb6a',
    );
    expect(truncateID('<missing>')).toBe('<missing>');
  });

  it('quotes and ellipsizes commands as docker ps does', () => {
    expect(commandColumn('echo 日本語日本語日本語日本語', true)).toBe('"echo 日本語日本語日…"');
    expect(commandColumn('echo héllo wörld ünïcode text', true)).toBe('"echo héllo wörld ün…"');
    expect(commandColumn('sh -c "echo \\"q\\"\ttab"', true)).toBe('"sh -c \\"echo \\\\\\"q\\\\\\"\\tt…"');
    expect(commandColumn('abcdefghijklmnopqrst', true)).toBe('"abcdefghijklmnopqrst"');
    expect(commandColumn('abcdefghijklmnopqrstu', true)).toBe('"abcdefghijklmnopqrs…"');
    expect(commandColumn("sh -c 'echo x > /etc/motd; sleep 1000'", true)).toBe('"sh -c \'echo x > /et…"');
    expect(commandColumn('sh -c "echo \\"q\\"\ttab"', false)).toBe(
      '"sh -c \\"echo \\\\\\"q\\\\\\"\\ttab\\""',
    );
    expect(ellipsis('/very/long/host/path/data', 15)).toBe('/very/long/hos…');
  });

  it('groups ports as docker ps does', () => {
    expect(
      displayablePorts([
        { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 4000, Type: 'tcp' },
        { IP: '::', PrivatePort: 80, PublicPort: 4000, Type: 'tcp' },
      ]),
    ).toBe('0.0.0.0:4000->80/tcp, [::]:4000->80/tcp');
    expect(
      displayablePorts([
        { PrivatePort: 80, Type: 'tcp' },
        { PrivatePort: 443, Type: 'tcp' },
        { PrivatePort: 81, Type: 'tcp' },
        { PrivatePort: 53, Type: 'udp' },
      ]),
    ).toBe('80-81/tcp, 53/udp, 443/tcp');
    expect(displayablePorts([{ IP: '0.0.0.0', PrivatePort: 8080, PublicPort: 8080, Type: 'tcp' }])).toBe(
      '0.0.0.0:8080->8080/tcp',
    );
    expect(displayablePorts([])).toBe('');
  });

  it("prints the daemon's status texts", () => {
    const now = 1000e9;
    const base = { running: false, exitCode: 0, startedAt: null, finishedAt: null };
    expect(containerStatus(base, now)).toBe('Created');
    expect(containerStatus({ ...base, running: true, startedAt: now - 5e9 }, now)).toBe('Up 5 seconds');
    expect(containerStatus({ ...base, running: true, paused: true, startedAt: now - 130e9 }, now)).toBe(
      'Up 2 minutes (Paused)',
    );
    expect(containerStatus({ ...base, startedAt: 1, finishedAt: now - 3e9 }, now)).toBe(
      'Exited (0) 3 seconds ago',
    );
    expect(containerStatus({ ...base, exitCode: 137, startedAt: 1, finishedAt: now - 1e8 }, now)).toBe(
      'Exited (137) Less than a second ago',
    );
    expect(containerStatus({ ...base, running: true, startedAt: now - 60e9, health: 'starting' }, now)).toBe(
      'Up About a minute (health: starting)',
    );
    expect(containerStatus({ ...base, running: true, startedAt: now - 7200e9, health: 'healthy' }, now)).toBe(
      'Up 2 hours (healthy)',
    );
    expect(containerStateString({ ...base, running: true, paused: true, startedAt: 1 })).toBe('paused');
    expect(containerStateString({ ...base, startedAt: 1, finishedAt: 2 })).toBe('exited');
    expect(containerStateString(base)).toBe('created');
  });

  it('keeps only the first non-link name, and counts local volumes', () => {
    const c = containerContext(
      {
        Id: '0'.repeat(64),
        Names: ['/c0', '/other/link'],
        Image: 'x',
        ImageID: 'x',
        Command: 'c',
        Created: 0,
        Ports: [],
        State: 'running',
        Status: 'Up',
        Mounts: [
          { Name: '', Source: '/very/long/host/path/data', Driver: '' },
          { Name: 'vol', Source: '/x', Driver: 'local' },
        ],
      },
      { trunc: true, nowNs: 1e9 },
    );
    const r = renderGoTemplate('{{.Names}}|{{.Mounts}}|{{.LocalVolumes}}', c);
    expect(r.ok && r.output).toBe('c0|/very/long/hos…,vol|1');
  });

  it('aligns wide characters by display width in tables', () => {
    const rows = [
      'echo 日本語日本語日本語日本語',
      'echo héllo wörld ünïcode text',
      'sh -c "echo \\"q\\"\ttab"',
      'abcdefghijklmnopqrst',
      'abcdefghijklmnopqrstu',
    ].map((cmd) =>
      containerContext(
        {
          Id: '0'.repeat(64),
          Names: ['/c'],
          Image: 'x',
          ImageID: 'x',
          Command: cmd,
          Created: 0,
          Ports: [],
          State: 'running',
          Status: 'Up',
        },
        { trunc: true, nowNs: 1e9 },
      ),
    );
    const r = renderTable({ format: 'table {{.Command}}\\t{{.ID}}', rows, header: PS_HEADERS });
    expect(r.ok && r.output).toBe(WIDE);
  });
});

const WIDE =
  'COMMAND                        CONTAINER ID\n"echo 日本語日本語日…"         000000000000\n"echo héllo wörld ün…"         000000000000\n"sh -c \\"echo \\\\\\"q\\\\\\"\\tt…"   000000000000\n"abcdefghijklmnopqrst"         000000000000\n"abcdefghijklmnopqrs…"         000000000000\n';

describe('docker stats --no-stream', () => {
  const entry: StatsEntry = {
    Container: '4a5a0ed5c48b',
    Name: '/web',
    ID: '4a5a0ed5c48b1ac40bd27d4bc06a2a3e6d1a4b9a3da18c0e08bfb1c5d9e8e2f1',
    CPUPercentage: 20,
    Memory: 8388608,
    MemoryLimit: 67108864,
    MemoryPercentage: 12.5,
    NetworkRx: 1500,
    NetworkTx: 600,
    BlockRead: 4096000,
    BlockWrite: 0,
    PidsCurrent: 3,
  };
  const stats = (format: string, rows: StatsEntry[], trunc = true) => {
    const r = renderTable({
      format: statsFormat(format),
      rows: rows.map((s) => statsContext(s, trunc)),
      header: STATS_HEADERS,
    });
    return r.ok ? r.output : r.error;
  };
  it('prints the default table', () => {
    expect(stats('', [entry])).toBe(
      'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O        BLOCK I/O    PIDS\n' +
        '4a5a0ed5c48b   web       20.00%    8MiB / 64MiB        12.50%    1.5kB / 600B   4.1MB / 0B   3\n',
    );
  });
  it('prints full IDs with --no-trunc, JSON and custom tables', () => {
    expect(stats('', [entry], false)).toBe(
      'CONTAINER ID                                                       NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O        BLOCK I/O    PIDS\n' +
        '4a5a0ed5c48b1ac40bd27d4bc06a2a3e6d1a4b9a3da18c0e08bfb1c5d9e8e2f1   web       20.00%    8MiB / 64MiB        12.50%    1.5kB / 600B   4.1MB / 0B   3\n',
    );
    expect(stats('json', [entry])).toBe(
      '{"BlockIO":"4.1MB / 0B","CPUPerc":"20.00%","Container":"4a5a0ed5c48b","ID":"4a5a0ed5c48b","MemPerc":"12.50%","MemUsage":"8MiB / 64MiB","Name":"web","NetIO":"1.5kB / 600B","PIDs":"3"}\n',
    );
    expect(stats('table {{.Container}}\\t{{.Name}}\\t{{.CPUPerc}}', [entry])).toBe(
      'CONTAINER      NAME      CPU %\n4a5a0ed5c48b   web       20.00%\n',
    );
  });
  it('prints dashes for a container whose stats could not be read', () => {
    const bad = { ...entry, Name: '', ID: '', IsInvalid: true };
    expect(stats('', [bad])).toBe(
      'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS\n' +
        '               --        --        -- / --             --        --        --          --\n',
    );
    expect(stats('json', [bad])).toBe(
      '{"BlockIO":"--","CPUPerc":"--","Container":"4a5a0ed5c48b","ID":"","MemPerc":"--","MemUsage":"-- / --","Name":"--","NetIO":"--","PIDs":"--"}\n',
    );
  });
});

describe('docker system df', () => {
  const lines = [
    diskUsageContext({ type: 'Images', totalCount: 2, active: 1, size: 191915871, reclaimable: 4261550 }),
    diskUsageContext({ type: 'Containers', totalCount: 2, active: 1, size: 2501093, reclaimable: 2500000 }),
    diskUsageContext({
      type: 'Local Volumes',
      totalCount: 1,
      active: 0,
      size: 52428800,
      reclaimable: 52428800,
    }),
    diskUsageContext({ type: 'Build Cache', totalCount: 0, active: 0, size: 0, reclaimable: 0 }),
  ];
  const df = (format: string) => {
    const r = renderTable({ format: dfFormat(format), rows: lines, header: DF_HEADERS });
    return r.ok ? r.output : r.error;
  };
  it('prints the summary table', () => {
    expect(df('')).toBe(
      'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
        'Images          2         1         191.9MB   4.262MB (2%)\n' +
        'Containers      2         1         2.501MB   2.5MB (99%)\n' +
        'Local Volumes   1         0         52.43MB   52.43MB (100%)\n' +
        'Build Cache     0         0         0B        0B\n',
    );
  });
  it('prints JSON and custom formats', () => {
    expect(df('json').split('\n')[0]).toBe(
      '{"Active":"1","Reclaimable":"4.262MB (2%)","Size":"191.9MB","TotalCount":"2","Type":"Images"}',
    );
    expect(df('{{.Type}}: {{.Reclaimable}}')).toBe(
      'Images: 4.262MB (2%)\nContainers: 2.5MB (99%)\nLocal Volumes: 52.43MB (100%)\nBuild Cache: 0B\n',
    );
  });
});

describe('tabwriter', () => {
  it('pads terminated cells to minwidth 10 + padding 3 and leaves the last cell alone', () => {
    expect(tabwrite('a\tbb\tc\nlonger cell here\tx\t\n')).toBe(
      'a                  bb        c\nlonger cell here   x         \n',
    );
  });
  it('starts a new column block after a line without that column', () => {
    expect(tabwrite('a\tb\nno tabs\nccccccccccccc\td\n')).toBe('a         b\nno tabs\nccccccccccccc   d\n');
  });
});
