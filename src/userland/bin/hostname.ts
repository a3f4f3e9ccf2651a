// hostname(1) from net-tools 2.10 (Debian's "hostname 3.23"): show or set the system's host name
// with uname(2) and sethostname(2).
//
// Simplification: -f/-A/-d/-i/-I do no DNS or address lookups (-f prints the node name, -d and
// -y print nothing); -F and -b are not supported.

import type { Command } from '../command';
import { EPERM, strerror } from '../../kernel/abi/errno';
import type { Program, Sys } from '../sys';
import { getopt } from '../libc/getopt';
import { STDERR, STDOUT, warn, writeAll } from '../libc/io';

const USAGE =
  'Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n' +
  '       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name\n' +
  '       hostname                                 display host name\n\n' +
  '       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)\n' +
  '       {yp,nis,}domainname                      display NIS domain name\n\n' +
  '       dnsdomainname                            display dns domain name\n\n' +
  '       hostname -V|--version|-h|--help          print info and exit\n\n' +
  'Program name:\n       {yp,nis,}domainname=hostname -y\n       dnsdomainname=hostname -d\n\n' +
  'Program options:\n' +
  '    -a, --alias            alias names\n' +
  '    -A, --all-fqdns        all long host names (FQDNs)\n' +
  '    -b, --boot             set default hostname if none available\n' +
  '    -d, --domain           DNS domain name\n' +
  '    -f, --fqdn, --long     long host name (FQDN)\n' +
  '    -F, --file             read host name or NIS domain name from given file\n' +
  '    -i, --ip-address       addresses for the host name\n' +
  '    -I, --all-ip-addresses all addresses for the host\n' +
  '    -s, --short            short host name\n' +
  '    -y, --yp, --nis        NIS/YP domain name\n\n' +
  'Description:\n' +
  '   This command can get or set the host name or the NIS domain name. You can\n' +
  '   also get the DNS domain or the FQDN (fully qualified domain name).\n' +
  '   Unless you are using bind or NIS for host lookups you can change the\n' +
  '   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is\n' +
  '   part of the FQDN) in the /etc/hosts file.\n';

const SPECS = [
  { key: 'a', short: 'a', long: 'alias' },
  { key: 'A', short: 'A', long: 'all-fqdns' },
  { key: 'b', short: 'b', long: 'boot' },
  { key: 'd', short: 'd', long: 'domain' },
  { key: 'f', short: 'f', long: 'fqdn' },
  { key: 'f', long: 'long' },
  { key: 'i', short: 'i', long: 'ip-address' },
  { key: 'I', short: 'I', long: 'all-ip-addresses' },
  { key: 's', short: 's', long: 'short' },
  { key: 'y', short: 'y', long: 'yp' },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
];

/** net-tools' check: letters, digits, '-' and '.', not starting with '-' or '.'. */
export function validHostname(name: string): boolean {
  return (
    name.length > 0 && name.length <= 64 && /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(name) && !name.endsWith('-')
  );
}

function* hostnameMain(sys: Sys, argv: readonly string[]): Program {
  const r = getopt('hostname', argv.slice(1), SPECS);
  if (!r.ok) {
    yield* warn(sys, r.message);
    yield* writeAll(sys, STDOUT, USAGE);
    return 255;
  }
  const keys = r.options.map((o) => o.key);
  if (keys.includes('h')) {
    yield* writeAll(sys, STDOUT, USAGE);
    return 255;
  }
  if (keys.includes('V')) {
    yield* writeAll(sys, STDERR, 'hostname 3.23\n');
    return 0;
  }
  if (r.operands.length > 1) {
    yield* writeAll(sys, STDERR, USAGE);
    return 255;
  }
  if (r.operands.length === 1) {
    const name = r.operands[0]!;
    if (!validHostname(name)) {
      yield* warn(sys, 'hostname: the specified hostname is invalid');
      return 1;
    }
    const e = yield* sys.sethostname(name);
    if (e === -EPERM) yield* warn(sys, 'hostname: you must be root to change the host name');
    else if (e < 0) yield* warn(sys, `hostname: ${strerror(e)}`);
    return e < 0 ? 1 : 0;
  }
  const node = (yield* sys.uname()).nodename;
  if (keys.includes('d') || keys.includes('y') || keys.includes('a')) {
    yield* writeAll(sys, STDOUT, '\n');
    return 0;
  }
  const shown = keys.includes('s') ? node.split('.')[0]! : node;
  yield* writeAll(sys, STDOUT, shown + '\n');
  return 0;
}

export const hostname: Command = {
  summary: "hostname - show or set the system's host name",
  synopsis: 'hostname [-s] [NAME]',
  description:
    'With no argument, print the host name (-s: up to the first dot).  With NAME, set the host name; only root may do that.',
  main: hostnameMain,
};
