// busybox: one executable holding many applets, run as `busybox APPLET ARGS...` or under an
// applet's name (a symlink sh -> busybox: argv[0]'s basename picks the applet).
//
// Like the real (static) busybox, the applets are linked into this program: busybox calls the
// applet's main directly in its own process instead of exec'ing /usr/bin/APPLET, so it keeps
// working when copied into a new root that has nothing else in it (a pivot_root'd container).
//
// Simplification: the applets are Glasshouse's own GNU-flavoured programs, so their messages and
// options are coreutils'/util-linux's rather than busybox's smaller versions; sh is the bash model.

import type { Command } from '../command';
import type { Main, Program, Sys } from '../sys';
import { Output, STDOUT, warn } from '../libc/io';
import { bash, sh, standaloneShell } from '../sh';
import { basename } from './basename';
import { cat } from './cat';
import { chgrp } from './chgrp';
import { chmod } from './chmod';
import { chown } from './chown';
import { clear } from './clear';
import { cp } from './cp';
import { cut } from './cut';
import { date } from './date';
import { df } from './df';
import { dirname } from './dirname';
import { dmesg } from './dmesg';
import { du } from './du';
import { echo } from './echo';
import { env } from './env';
import { false_ } from './false';
import { find } from './find';
import { free } from './free';
import { grep } from './grep';
import { groups } from './groups';
import { head } from './head';
import { hostname } from './hostname';
import { id } from './id';
import { kill } from './kill';
import { ln } from './ln';
import { ls } from './ls';
import { mkdir } from './mkdir';
import { mknod } from './mknod';
import { mount } from './mount';
import { mv } from './mv';
import { nproc } from './nproc';
import { pgrep } from './pgrep';
import { pkill } from './pkill';
import { printenv } from './printenv';
import { printf } from './printf';
import { ps } from './ps';
import { pwd } from './pwd';
import { readlink } from './readlink';
import { realpath } from './realpath';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { sed } from './sed';
import { seq } from './seq';
import { sleep } from './sleep';
import { sort } from './sort';
import { stat } from './stat';
import { sync } from './sync';
import { tail } from './tail';
import { tee } from './tee';
import { timeout } from './timeout';
import { top } from './top';
import { touch } from './touch';
import { tr } from './tr';
import { true_ } from './true';
import { umount } from './umount';
import { uname } from './uname';
import { uniq } from './uniq';
import { uptime } from './uptime';
import { wc } from './wc';
import { which } from './which';
import { whoami } from './whoami';
import { xargs } from './xargs';
import { yes } from './yes';
import { mkfifo } from './mkfifo';
import { nsenter } from './nsenter';
import { unshare } from './unshare';
import { chroot } from './chroot';
import { sha256sum } from './sha256sum';
import { awk } from './awk';
import { tar } from './tar';
import { wget } from './wget';
import { nc } from './nc';
import { ping } from './ping';
import { ip } from './ip';

/** The applets linked into this busybox, by name (sorted, as busybox lists them). */
const APPLETS: Readonly<Record<string, Command>> = {
  ash: sh,
  basename,
  bash,
  cat,
  chgrp,
  chmod,
  chown,
  clear,
  cp,
  cut,
  date,
  df,
  dirname,
  dmesg,
  du,
  echo,
  env,
  false: false_,
  find,
  free,
  grep,
  groups,
  head,
  hostname,
  id,
  kill,
  ln,
  ls,
  mkdir,
  mknod,
  mount,
  mv,
  nproc,
  pgrep,
  pkill,
  printenv,
  printf,
  ps,
  pwd,
  readlink,
  realpath,
  rm,
  rmdir,
  sed,
  seq,
  sh,
  sleep,
  sort,
  stat,
  sync,
  tail,
  tee,
  timeout,
  top,
  touch,
  tr,
  true: true_,
  umount,
  uname,
  uniq,
  uptime,
  wc,
  which,
  whoami,
  xargs,
  ip,
  ping,
  nc,
  wget,
  tar,
  awk,
  sha256sum,
  chroot,
  unshare,
  nsenter,
  mkfifo,
  yes,
};

const APPLET_NAMES: ReadonlySet<string> = new Set(Object.keys(APPLETS));

const BANNER =
  'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n' +
  'BusyBox is copyrighted by many authors between 1998-2015.\n' +
  'Licensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\n' +
  'Usage: busybox [function [arguments]...]\n   or: busybox --list[-full]\n' +
  '   or: busybox --show SCRIPT\n   or: busybox --install [-s] [DIR]\n   or: function [arguments]...\n\n' +
  '\tBusyBox is a multi-call binary that combines many common Unix\n' +
  '\tutilities into a single executable.  Most people will create a\n' +
  '\tlink to busybox for each function they wish to use and BusyBox\n' +
  '\twill act like whatever it was invoked as.\n\nCurrently defined functions:\n';

/** The applet list as busybox wraps it: a tab, then names joined by ", " within 79 columns. */
export function appletList(names: readonly string[], width = 80): string {
  let out = '';
  let col = 0;
  for (const name of names) {
    const len = name.length + 2;
    if (col >= width - 1 - len) {
      out += ',\n';
      col = 0;
    }
    out += col === 0 ? '\t' : ', ';
    if (col === 0) col = 6;
    out += name;
    col += len;
  }
  return out + '\n';
}

function* busyboxMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const self = argv[0] ?? 'busybox';
  let name = self.slice(self.lastIndexOf('/') + 1);
  let args = argv;
  if (name === 'busybox') {
    const first = argv[1];
    if (first === undefined || first === '--help') {
      const out = new Output(sys, STDOUT);
      yield* out.write(BANNER + appletList(Object.keys(APPLETS).sort()));
      yield* out.flush();
      return 0;
    }
    if (first === '--list') {
      const out = new Output(sys, STDOUT);
      for (const n of Object.keys(APPLETS).sort()) yield* out.write(n + '\n');
      yield* out.flush();
      return 0;
    }
    name = first;
    args = argv.slice(1);
  }
  const applet = APPLETS[name];
  if (!applet) {
    yield* warn(sys, `${name}: applet not found`);
    return 127;
  }
  const main: Main = name === 'sh' || name === 'ash' ? standaloneShell(APPLET_NAMES) : applet.main;
  return yield* main(sys, args, envp);
}

export const busybox: Command = {
  summary: 'busybox - The Swiss Army Knife of Embedded Linux',
  synopsis: 'busybox [function [arguments]...]\nbusybox --list\nfunction [arguments]...',
  description:
    'BusyBox combines tiny versions of many common UNIX utilities into a single small executable.  Run an applet as `busybox APPLET ARGS...`, or make a link named after the applet that points to busybox (ln -s busybox sh): busybox acts like whatever it was invoked as.  Since every applet lives inside the one file, a copy of busybox is enough to make a working root filesystem.  With no arguments it lists the applets it contains.',
  main: busyboxMain,
};
