// mount(8)'s command line (util-linux 2.38.1): the --help text, option collection into one request,
// and -t type lists ("ext4,xfs", "nonfs,tmpfs") as libmount matches them.

import {
  MS_BIND,
  MS_MOVE,
  MS_PRIVATE,
  MS_REC,
  MS_SHARED,
  MS_SLAVE,
  MS_UNBINDABLE,
} from '../../kernel/abi/mount';
import type { ParsedOption } from './getopt';

export const MOUNT_VERSION =
  'mount from util-linux 2.38.1 (libmount 2.38.1: selinux, smack, btrfs, verity, namespaces, assert, debug)\n';

/** --make-* → the propagation flags of its mount(2) call. */
export const PROPAGATION_OPTIONS: Readonly<Record<string, number>> = {
  'make-shared': MS_SHARED,
  'make-slave': MS_SLAVE,
  'make-private': MS_PRIVATE,
  'make-unbindable': MS_UNBINDABLE,
  'make-rshared': MS_SHARED | MS_REC,
  'make-rslave': MS_SLAVE | MS_REC,
  'make-rprivate': MS_PRIVATE | MS_REC,
  'make-runbindable': MS_UNBINDABLE | MS_REC,
};

export interface MountRequest {
  readonly help: boolean;
  readonly version: boolean;
  readonly all: boolean;
  readonly fake: boolean;
  readonly verbose: boolean;
  readonly canonicalize: boolean;
  readonly types: string | undefined;
  /** The -o options (and -r/-w as ro/rw), joined by commas in the order given. */
  readonly options: string;
  /** MS_BIND, MS_REC, MS_MOVE from -B, -R, -M. */
  readonly extraFlags: number;
  /** One mount(2) call per --make-* option, in order. */
  readonly propagation: readonly number[];
}

export function mountRequest(options: readonly ParsedOption[]): MountRequest {
  const opts: string[] = [];
  const propagation: number[] = [];
  let extraFlags = 0;
  let types: string | undefined;
  let help = false;
  let version = false;
  const seen = new Set<string>();
  for (const o of options) {
    seen.add(o.key);
    if (o.key === 'h' && !version) help = true;
    else if (o.key === 'V' && !help) version = true;
    else if (o.key === 'o' && o.value !== undefined) opts.push(o.value);
    else if (o.key === 'r') opts.push('ro');
    else if (o.key === 'w') opts.push('rw');
    else if (o.key === 't') types = o.value;
    else if (o.key === 'B') extraFlags |= MS_BIND;
    else if (o.key === 'R') extraFlags |= MS_BIND | MS_REC;
    else if (o.key === 'M') extraFlags |= MS_MOVE;
    else if (PROPAGATION_OPTIONS[o.key] !== undefined) propagation.push(PROPAGATION_OPTIONS[o.key]!);
  }
  return {
    help,
    version,
    all: seen.has('a'),
    fake: seen.has('f'),
    verbose: seen.has('v'),
    canonicalize: !seen.has('c'),
    types,
    options: opts.join(','),
    extraFlags,
    propagation,
  };
}

/** mnt_match_fstype: a comma-separated list, negated as a whole by a leading "no". */
export function typeMatches(pattern: string, fstype: string): boolean {
  const negate = pattern.startsWith('no');
  const list = (negate ? pattern.slice(2) : pattern).split(',');
  const hit = list.includes(fstype);
  return negate ? !hit : hit;
}

export const MOUNT_HELP =
  '\n' +
  'Usage:\n' +
  ' mount [-lhV]\n' +
  ' mount -a [options]\n' +
  ' mount [options] [--source] <source> | [--target] <directory>\n' +
  ' mount [options] <source> <directory>\n' +
  ' mount <operation> <mountpoint> [<target>]\n' +
  '\n' +
  'Mount a filesystem.\n' +
  '\n' +
  'Options:\n' +
  ' -a, --all               mount all filesystems mentioned in fstab\n' +
  " -c, --no-canonicalize   don't canonicalize paths\n" +
  ' -f, --fake              dry run; skip the mount(2) syscall\n' +
  ' -F, --fork              fork off for each device (use with -a)\n' +
  ' -T, --fstab <path>      alternative file to /etc/fstab\n' +
  " -i, --internal-only     don't call the mount.<type> helpers\n" +
  ' -l, --show-labels       show also filesystem labels\n' +
  " -m, --mkdir[=<mode>]    alias to '-o X-mount.mkdir[=<mode>]'\n" +
  " -n, --no-mtab           don't write to /etc/mtab\n" +
  '     --options-mode <mode>\n' +
  '                         what to do with options loaded from fstab\n' +
  '     --options-source <source>\n' +
  '                         mount options source\n' +
  '     --options-source-force\n' +
  '                         force use of options from fstab/mtab\n' +
  ' -o, --options <list>    comma-separated list of mount options\n' +
  ' -O, --test-opts <list>  limit the set of filesystems (use with -a)\n' +
  ' -r, --read-only         mount the filesystem read-only (same as -o ro)\n' +
  ' -t, --types <list>      limit the set of filesystem types\n' +
  '     --source <src>      explicitly specifies source (path, label, uuid)\n' +
  '     --target <target>   explicitly specifies mountpoint\n' +
  '     --target-prefix <path>\n' +
  '                         specifies path used for all mountpoints\n' +
  ' -v, --verbose           say what is being done\n' +
  ' -w, --rw, --read-write  mount the filesystem read-write (default)\n' +
  ' -N, --namespace <ns>    perform mount in another namespace\n' +
  '\n' +
  ' -h, --help              display this help\n' +
  ' -V, --version           display version\n' +
  '\n' +
  'Source:\n' +
  ' -L, --label <label>     synonym for LABEL=<label>\n' +
  ' -U, --uuid <uuid>       synonym for UUID=<uuid>\n' +
  ' LABEL=<label>           specifies device by filesystem label\n' +
  ' UUID=<uuid>             specifies device by filesystem UUID\n' +
  ' PARTLABEL=<label>       specifies device by partition label\n' +
  ' PARTUUID=<uuid>         specifies device by partition UUID\n' +
  ' ID=<id>                 specifies device by udev hardware ID\n' +
  ' <device>                specifies device by path\n' +
  ' <directory>             mountpoint for bind mounts (see --bind/rbind)\n' +
  ' <file>                  regular file for loopdev setup\n' +
  '\n' +
  'Operations:\n' +
  ' -B, --bind              mount a subtree somewhere else (same as -o bind)\n' +
  ' -M, --move              move a subtree to some other place\n' +
  ' -R, --rbind             mount a subtree and all submounts somewhere else\n' +
  ' --make-shared           mark a subtree as shared\n' +
  ' --make-slave            mark a subtree as slave\n' +
  ' --make-private          mark a subtree as private\n' +
  ' --make-unbindable       mark a subtree as unbindable\n' +
  ' --make-rshared          recursively mark a whole subtree as shared\n' +
  ' --make-rslave           recursively mark a whole subtree as slave\n' +
  ' --make-rprivate         recursively mark a whole subtree as private\n' +
  ' --make-runbindable      recursively mark a whole subtree as unbindable\n' +
  '\n' +
  'For more details see mount(8).\n';
