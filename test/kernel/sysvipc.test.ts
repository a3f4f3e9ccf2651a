import { describe, expect, it } from 'vitest';
import { bootWith } from './harness';
import { writeAll } from '../../src/userland/libc/io';
import * as E from '../../src/kernel/abi/errno';
import { CLONE_NEWIPC, CLONE_NEWUSER } from '../../src/kernel/abi/sched';
import { SIGCHLD } from '../../src/kernel/abi/signal';
import {
  IPC_CREAT,
  IPC_EXCL,
  IPC_NOWAIT,
  IPC_PRIVATE,
  IPC_RMID,
  IPC_STAT,
  MSG_INFO,
  MSG_STAT,
} from '../../src/kernel/abi/ipc';
import { decode } from '../../src/lib/utf8';
import type { Sys } from '../../src/userland/sys';

function* say(sys: Sys, ...values: unknown[]) {
  yield* writeAll(sys, 1, values.map(String).join(' ') + '\n');
}

describe('System V message queues', () => {
  it('ids count up from 0, reuse cycles forward, and get by key finds the same queue', () => {
    const r = bootWith().run(function* (sys) {
      const a = yield* sys.msgget(0x1234, IPC_CREAT | 0o644);
      const b = yield* sys.msgget(IPC_PRIVATE, 0o600);
      yield* sys.msgctl(a, IPC_RMID);
      const c = yield* sys.msgget(0x99, IPC_CREAT | 0o644);
      yield* say(sys, a, b, c, yield* sys.msgget(0x99, 0), yield* sys.msgget(0x99, IPC_CREAT | IPC_EXCL));
      yield* say(
        sys,
        yield* sys.msgget(0x55, 0),
        yield* sys.msgctl(a, IPC_STAT),
        yield* sys.msgctl(0, MSG_INFO),
      );
      return 0;
    });
    expect(r.output).toBe(`0 1 2 2 ${-E.EEXIST}\n${-E.ENOENT} ${-E.EINVAL} 2\n`);
  });

  it('messages are queued and received by type; IPC_STAT counts them', () => {
    const r = bootWith().run(function* (sys) {
      const q = yield* sys.msgget(IPC_PRIVATE, 0o600);
      yield* sys.msgsnd(q, 2, 'two', 0);
      yield* sys.msgsnd(q, 1, 'one!', 0);
      const st = yield* sys.msgctl(q, IPC_STAT);
      if (typeof st === 'number') return 1;
      yield* say(
        sys,
        st.qnum,
        st.cbytes,
        st.qbytes,
        st.perm.mode.toString(8),
        st.lspid === (yield* sys.getpid()),
      );
      const m = yield* sys.msgrcv(q, 1, 100, 0);
      yield* say(sys, typeof m === 'number' ? m : `${m.type}:${decode(m.data)}`);
      yield* say(sys, yield* sys.msgrcv(q, 1, 100, IPC_NOWAIT), yield* sys.msgrcv(q, 0, 1, 0));
      return 0;
    });
    expect(r.output).toBe(`2 7 16384 600 true\n1:one!\n${-E.ENOMSG} ${-E.E2BIG}\n`);
  });

  it('a reader blocks until a message arrives', () => {
    const r = bootWith().run(function* (sys) {
      const q = yield* sys.msgget(IPC_PRIVATE, 0o600);
      const pid = yield* sys.clone(SIGCHLD, function* () {
        const m = yield* sys.msgrcv(q, 0, 100, 0);
        yield* say(sys, 'child got', typeof m === 'number' ? m : decode(m.data));
        return 0;
      });
      yield* sys.nanosleep(1e8);
      yield* say(sys, 'parent sends');
      yield* sys.msgsnd(q, 5, 'hello', 0);
      yield* sys.wait4(pid, 0);
      return 0;
    });
    expect(r.output).toBe('parent sends\nchild got hello\n');
  });

  it('a new IPC namespace starts empty, and MSG_STAT walks indexes', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.msgget(0x77, IPC_CREAT | 0o644);
      const pid = yield* sys.clone(SIGCHLD | CLONE_NEWIPC, function* () {
        yield* say(
          sys,
          yield* sys.msgctl(0, MSG_INFO),
          yield* sys.msgctl(0, MSG_STAT),
          yield* sys.msgget(0x77, 0),
        );
        return 0;
      });
      yield* sys.wait4(pid, 0);
      const st = yield* sys.msgctl(0, MSG_STAT);
      yield* say(sys, typeof st === 'number' ? st : `${st.id} ${st.perm.key.toString(16)}`);
      return 0;
    });
    expect(r.output).toBe(`0 ${-E.EINVAL} ${-E.ENOENT}\n0 77\n`);
  });

  it('ids look unmapped from a user namespace without maps, and its capabilities do not count', () => {
    const r = bootWith().run(function* (sys) {
      const q = yield* sys.msgget(IPC_PRIVATE, 0o644);
      const locked = yield* sys.msgget(IPC_PRIVATE, 0);
      const pid = yield* sys.clone(SIGCHLD | CLONE_NEWUSER, function* () {
        const st = yield* sys.msgctl(q, IPC_STAT);
        yield* say(sys, typeof st === 'number' ? st : `${st.perm.uid} ${st.perm.cuid}`);
        yield* say(sys, yield* sys.msgsnd(locked, 1, 'x', 0), yield* sys.msgctl(locked, IPC_STAT));
        return 0;
      });
      yield* sys.wait4(pid, 0);
      yield* say(sys, yield* sys.msgsnd(locked, 1, 'x', 0));
      return 0;
    });
    expect(r.output).toBe(`65534 65534\n${-E.EACCES} ${-E.EACCES}\n0\n`);
  });
});

describe('System V shared memory and semaphores', () => {
  it('shmget checks sizes and semget the number of semaphores', () => {
    const r = bootWith().run(function* (sys) {
      const s = yield* sys.shmget(0x10, 100, IPC_CREAT | 0o600);
      const big = yield* sys.shmget(0x10, 200, 0);
      const sem = yield* sys.semget(IPC_PRIVATE, 3, 0o600);
      const zero = yield* sys.semget(IPC_PRIVATE, 0, 0o600);
      const st = yield* sys.shmctl(s, IPC_STAT);
      const ss = yield* sys.semctl(sem, IPC_STAT);
      yield* say(sys, s, big, sem, zero);
      yield* say(sys, typeof st === 'number' ? st : st.segsz, typeof ss === 'number' ? ss : ss.nsems);
      yield* say(sys, yield* sys.shmctl(s, IPC_RMID), yield* sys.shmctl(s, IPC_STAT));
      return 0;
    });
    expect(r.output).toBe(`0 ${-E.EINVAL} 0 ${-E.EINVAL}\n100 3\n0 ${-E.EINVAL}\n`);
  });
});
