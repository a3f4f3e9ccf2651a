// src/userland/bin: the installed commands, one file per command, named after it. Each program sees
// only Sys. The world installs every entry here as an executable file in the root filesystem.

import type { Command } from '../command';
import { bash, sh } from '../sh';
import { init } from './init';
import { clear } from './clear';
import { date } from './date';
import { env } from './env';
import { false_ } from './false';
import { free } from './free';
import { groups } from './groups';
import { hostname } from './hostname';
import { id } from './id';
import { ip } from './ip';
import { ping } from './ping';
import { curl } from './curl';
import { httpd } from './httpd';
import { nc } from './nc';
import { nproc } from './nproc';
import { printenv } from './printenv';
import { sleep } from './sleep';
import { sync } from './sync';
import { true_ } from './true';
import { uname } from './uname';
import { whoami } from './whoami';
import { basename } from './basename';
import { cat } from './cat';
import { dirname } from './dirname';
import { echo } from './echo';
import { head } from './head';
import { printf } from './printf';
import { seq } from './seq';
import { tail } from './tail';
import { tee } from './tee';
import { tar } from './tar';
import { wc } from './wc';
import { yes } from './yes';
import { chgrp } from './chgrp';
import { chmod } from './chmod';
import { chown } from './chown';
import { ln } from './ln';
import { ls } from './ls';
import { mkdir } from './mkdir';
import { mkfifo } from './mkfifo';
import { mknod } from './mknod';
import { pwd } from './pwd';
import { python3 } from './python3';
import { readlink } from './readlink';
import { realpath } from './realpath';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { stat } from './stat';
import { touch } from './touch';
import { ps } from './ps';
import { kill } from './kill';
import { pgrep } from './pgrep';
import { pkill } from './pkill';
import { pip } from './pip';
import { cp } from './cp';
import { du } from './du';
import { find } from './find';
import { getfattr } from './getfattr';
import { mv } from './mv';
import { setfattr } from './setfattr';
import { grep } from './grep';
import { sort } from './sort';
import { uniq } from './uniq';
import { cut } from './cut';
import { tr } from './tr';
import { top } from './top';
import { uptime } from './uptime';
import { mount } from './mount';
import { umount } from './umount';
import { df } from './df';
import { dmesg } from './dmesg';
import { timeout } from './timeout';
import { help } from './help';
import { man } from './man';
import { wget } from './wget';
import { which } from './which';
import { stress } from './stress';
import { busybox } from './busybox';
import { sed } from './sed';
import { sha256sum } from './sha256sum';
import { xargs } from './xargs';
import { awk } from './awk';
import { chroot } from './chroot';
import { ipcmk } from './ipcmk';
import { ipcrm } from './ipcrm';
import { ipcs } from './ipcs';
import { lsns } from './lsns';
import { nsenter } from './nsenter';
import { pivot_root } from './pivot_root';
import { unshare } from './unshare';
import { nano } from './nano';
import { strace } from './strace';
import { qemu } from './qemu';
import { tty } from './tty';

export const commands: Record<string, Command> = {
  awk,
  basename,
  bash,
  busybox,
  cat,
  chgrp,
  chmod,
  chown,
  chroot,
  clear,
  cp,
  curl,
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
  getfattr,
  grep,
  groups,
  help,
  head,
  hostname,
  httpd,
  id,
  ip,
  init,
  ipcmk,
  ipcrm,
  ipcs,
  kill,
  ln,
  ls,
  lsns,
  man,
  mawk: awk,
  mkdir,
  mkfifo,
  mknod,
  mount,
  mv,
  nano,
  nc,
  nproc,
  nsenter,
  pgrep,
  ping,
  pip,
  pip3: pip,
  pivot_root,
  pkill,
  printenv,
  printf,
  ps,
  pwd,
  'qemu-system-x86_64': qemu,
  python: python3,
  python3,
  'python3.11': python3,
  readlink,
  realpath,
  rm,
  rmdir,
  sed,
  seq,
  setfattr,
  sh,
  sha256sum,
  sleep,
  sort,
  stat,
  strace,
  stress,
  sync,
  tail,
  tar,
  tee,
  timeout,
  top,
  touch,
  tr,
  true: true_,
  tty,
  umount,
  uname,
  uniq,
  unshare,
  uptime,
  wc,
  wget,
  which,
  whoami,
  xargs,
  yes,
};
