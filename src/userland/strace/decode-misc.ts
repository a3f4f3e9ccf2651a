// Decoders for system information, System V IPC and socket calls.

import type { TraceSyscall, TraceValue } from '../../kernel/abi/trace';
import type { Decoder } from './args';
import { addr, failed, field, num, numField, sizeOf, str } from './args';
import { isBytes, quoteBuffer, quoteBytes, quoteString } from './quote';
import { constOf, flagsOf, octalMode } from './xlat';

const SYSLOG_ACTIONS = [
  [3, 'SYSLOG_ACTION_READ_ALL'],
  [4, 'SYSLOG_ACTION_READ_CLEAR'],
  [5, 'SYSLOG_ACTION_CLEAR'],
] as const;
const CLOCKS = [
  [0, 'CLOCK_REALTIME'],
  [1, 'CLOCK_MONOTONIC'],
  [7, 'CLOCK_BOOTTIME'],
] as const;
const IPC_CMDS = [
  [0, 'IPC_RMID'],
  [1, 'IPC_SET'],
  [2, 'IPC_STAT'],
  [3, 'IPC_INFO'],
  [11, 'MSG_STAT'],
  [12, 'MSG_INFO'],
  [13, 'SHM_STAT'],
  [14, 'SHM_INFO'],
  [18, 'SEM_STAT'],
  [19, 'SEM_INFO'],
] as const;
const RTM_TYPES = [
  [16, 'RTM_NEWLINK'],
  [17, 'RTM_DELLINK'],
  [18, 'RTM_GETLINK'],
  [19, 'RTM_SETLINK'],
  [20, 'RTM_NEWADDR'],
  [21, 'RTM_DELADDR'],
  [22, 'RTM_GETADDR'],
  [24, 'RTM_NEWROUTE'],
  [25, 'RTM_DELROUTE'],
  [26, 'RTM_GETROUTE'],
] as const;

function ipcKey(key: number): string {
  return key === 0 ? 'IPC_PRIVATE' : '0x' + (key >>> 0).toString(16).padStart(8, '0');
}

function ipcFlags(flags: number): string {
  const named = flagsOf(
    flags & ~0o777,
    [
      [0o1000, 'IPC_CREAT'],
      [0o2000, 'IPC_EXCL'],
      [0o4000, 'IPC_NOWAIT'],
    ],
    '',
  );
  return named ? `${named}|${octalMode(flags & 0o777)}` : octalMode(flags & 0o777);
}

/** struct sockaddr_in as strace prints it. */
export function sockaddr(v: TraceValue): string {
  const port = numField(v, 'port');
  const ip = field(v, 'addr');
  return `{sa_family=AF_INET, sin_port=htons(${port}), sin_addr=inet_addr(${quoteString(typeof ip === 'string' ? ip : '0.0.0.0')})}`;
}

function socketType(t: number): string {
  const base = constOf(t & 0xf, [
    [1, 'SOCK_STREAM'],
    [2, 'SOCK_DGRAM'],
    [3, 'SOCK_RAW'],
  ]);
  const extra = flagsOf(
    t & ~0xf,
    [
      [0o2000000, 'SOCK_CLOEXEC'],
      [0o4000, 'SOCK_NONBLOCK'],
    ],
    '',
  );
  return extra ? `${base}|${extra}` : base;
}

const fdOnly: Decoder = (r) => ({ enter: [String(num(r, 0))] });

function sysinfo(v: TraceValue): string {
  const f = (k: string): number => numField(v, k);
  const loads = field(v, 'loads');
  const l = Array.isArray(loads) ? loads.map((x) => Math.round(Number(x) * 65536)) : [0, 0, 0];
  return `{uptime=${f('uptimeSec')}, loads=[${l.join(', ')}], totalram=${f('totalram')}, freeram=${f('freeram')}, sharedram=${f('sharedram')}, bufferram=${f('bufferram')}, totalswap=${f('totalswap')}, freeswap=${f('freeswap')}, procs=${f('procs')}, totalhigh=0, freehigh=0, mem_unit=1}`;
}

function msgrcv(r: TraceSyscall, strsize: number): ReturnType<Decoder> {
  const ok = !failed(r) && r.result !== undefined;
  const data = field(r.result, 'data');
  const shown = ok ? `{${numField(r.result, 'type')}, ${quoteBuffer(data ?? '', strsize)}}` : addr(r);
  return {
    enter: [String(num(r, 0))],
    exit: [
      shown,
      String(num(r, 2)),
      String(num(r, 1)),
      flagsOf(num(r, 3), [
        [0o4000, 'IPC_NOWAIT'],
        [0o10000, 'MSG_NOERROR'],
        [0o20000, 'MSG_EXCEPT'],
      ]),
    ],
    ...(ok ? { result: String(sizeOf(data)) } : {}),
  };
}

export const MISC_DECODERS: Readonly<Record<string, Decoder>> = {
  uname: (r) => ({
    enter: [],
    exit: [
      failed(r)
        ? addr(r)
        : `{sysname=${quoteString(String(field(r.result, 'sysname') ?? ''))}, nodename=${quoteString(String(field(r.result, 'nodename') ?? ''))}, ...}`,
    ],
    result: '0',
  }),
  sethostname: (r) => ({ enter: [quoteString(str(r, 0)), String(sizeOf(str(r, 0)))] }),
  clock_gettime: (r) => ({
    enter: [constOf(num(r, 0), CLOCKS)],
    exit: [`{tv_sec=${numField(r.result, 'sec')}, tv_nsec=${numField(r.result, 'nsec')}}`],
    result: '0',
  }),
  sysinfo: (r) => ({ enter: [], exit: [sysinfo(r.result)], result: '0' }),
  getrandom: (r) => {
    const v = r.result;
    const shown = isBytes(v) ? quoteBytes(v.bytes.subarray(0, 32), v.length > 32, true) : addr(r);
    return {
      enter: [],
      exit: [shown, String(num(r, 0)), '0'],
      ...(isBytes(v) ? { result: String(v.length) } : {}),
    };
  },
  syslog: (r, o) => ({
    enter: [constOf(num(r, 0), SYSLOG_ACTIONS)],
    exit: [
      typeof r.result === 'string' ? quoteString(r.result, o.strsize) : 'NULL',
      num(r, 0) === 5 ? '0' : '1048576',
    ],
    ...(typeof r.result === 'string' ? { result: String(sizeOf(r.result)) } : {}),
  }),
  msgget: (r) => ({ enter: [ipcKey(num(r, 0)), ipcFlags(num(r, 1))] }),
  msgsnd: (r, o) => ({
    enter: [
      String(num(r, 0)),
      `{${num(r, 1)}, ${quoteBuffer(r.args[2], o.strsize)}}`,
      String(sizeOf(r.args[2])),
      flagsOf(num(r, 3), [[0o4000, 'IPC_NOWAIT']]),
    ],
  }),
  msgrcv: (r, o) => msgrcv(r, o.strsize),
  msgctl: (r) => ({
    enter: [String(num(r, 0)), constOf(num(r, 1), IPC_CMDS)],
    exit: [addr(r)],
    ...(typeof r.result === 'number' ? {} : { result: '0' }),
  }),
  shmget: (r) => ({ enter: [ipcKey(num(r, 0)), String(num(r, 1)), ipcFlags(num(r, 2))] }),
  shmctl: (r) => ({
    enter: [String(num(r, 0)), constOf(num(r, 1), IPC_CMDS)],
    exit: [addr(r)],
    ...(typeof r.result === 'number' ? {} : { result: '0' }),
  }),
  semget: (r) => ({ enter: [ipcKey(num(r, 0)), String(num(r, 1)), ipcFlags(num(r, 2))] }),
  semctl: (r) => ({
    enter: [String(num(r, 0)), '0', constOf(num(r, 1), IPC_CMDS)],
    exit: [addr(r)],
    ...(typeof r.result === 'number' ? {} : { result: '0' }),
  }),
  socket: (r) => ({
    enter: [
      constOf(num(r, 0), [
        [2, 'AF_INET'],
        [1, 'AF_UNIX'],
        [10, 'AF_INET6'],
        [16, 'AF_NETLINK'],
      ]),
      socketType(num(r, 1)),
      constOf(num(r, 2), [
        [0, 'IPPROTO_IP'],
        [1, 'IPPROTO_ICMP'],
        [6, 'IPPROTO_TCP'],
        [17, 'IPPROTO_UDP'],
      ]),
    ],
  }),
  bind: (r) => ({ enter: [String(num(r, 0)), sockaddr(r.args[1]), '16'] }),
  connect: (r) => ({ enter: [String(num(r, 0)), sockaddr(r.args[1]), '16'] }),
  listen: (r) => ({ enter: [String(num(r, 0)), String(num(r, 1))] }),
  accept: (r) => ({
    enter: [
      String(num(r, 0)),
      'NULL',
      'NULL',
      flagsOf(num(r, 1), [
        [0o2000000, 'SOCK_CLOEXEC'],
        [0o4000, 'SOCK_NONBLOCK'],
      ]),
    ],
  }),
  shutdown: (r) => ({
    enter: [
      String(num(r, 0)),
      constOf(num(r, 1), [
        [0, 'SHUT_RD'],
        [1, 'SHUT_WR'],
        [2, 'SHUT_RDWR'],
      ]),
    ],
  }),
  getsockname: (r) => ({
    enter: [String(num(r, 0))],
    exit: [failed(r) ? addr(r) : sockaddr(r.result), '[16]'],
    ...(failed(r) ? {} : { result: '0' }),
  }),
  getpeername: (r) => ({
    enter: [String(num(r, 0))],
    exit: [failed(r) ? addr(r) : sockaddr(r.result), '[16]'],
    ...(failed(r) ? {} : { result: '0' }),
  }),
  setsockopt: (r) => ({
    enter: [
      String(num(r, 0)),
      num(r, 1) === 1 ? 'SOL_SOCKET' : String(num(r, 1)),
      constOf(num(r, 2), [
        [2, 'SO_REUSEADDR'],
        [3, 'SO_TYPE'],
        [4, 'SO_ERROR'],
        [20, 'SO_RCVTIMEO'],
      ]),
      `[${num(r, 3)}]`,
      '4',
    ],
  }),
  sendto: (r, o) => {
    const to = r.args[3];
    const dest = to === null || to === undefined ? ['NULL', '0'] : [sockaddr(to), '16'];
    return {
      enter: [
        String(num(r, 0)),
        quoteBuffer(r.args[1], o.strsize),
        String(sizeOf(r.args[1])),
        String(num(r, 2)),
        ...dest,
      ],
    };
  },
  recvfrom: (r, o) => {
    const ok = !failed(r) && r.result !== undefined;
    const data = field(r.result, 'data');
    return {
      enter: [String(num(r, 0))],
      exit: [
        ok ? quoteBuffer(data ?? '', o.strsize) : addr(r),
        String(num(r, 1)),
        String(num(r, 2)),
        ok ? sockaddr(field(r.result, 'from')) : 'NULL',
        ok ? '[16]' : 'NULL',
      ],
      ...(ok ? { result: String(sizeOf(data)) } : {}),
    };
  },
  rtnetlink: (r) => {
    const type = constOf(numField(r.args[0], 'type'), RTM_TYPES);
    return {
      enter: [
        '3',
        `{msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12, msg_iov=[{iov_base={nlmsg_type=${type}, ...}, ...}], msg_iovlen=1, msg_controllen=0, msg_flags=0}`,
        '0',
      ],
      ...(failed(r) ? {} : { result: '0' }),
    };
  },
};

export { fdOnly };
