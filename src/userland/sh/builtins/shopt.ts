// shopt [-pqsu] [optname ...]: bash's extra options. They are kept with the set -o options;
// expand_aliases is honoured (aliases in scripts), the others are accepted and listed.

import type { Builtin } from './util';
import { out } from './util';

const NAMES = [
  'autocd',
  'cdspell',
  'checkhash',
  'checkjobs',
  'checkwinsize',
  'cmdhist',
  'dotglob',
  'execfail',
  'expand_aliases',
  'extglob',
  'extquote',
  'failglob',
  'globstar',
  'histappend',
  'interactive_comments',
  'lastpipe',
  'nocaseglob',
  'nocasematch',
  'nullglob',
  'progcomp',
  'promptvars',
  'sourcepath',
  'xpg_echo',
];
const DEFAULT_ON = new Set([
  'checkwinsize',
  'cmdhist',
  'extquote',
  'interactive_comments',
  'progcomp',
  'promptvars',
  'sourcepath',
]);

export const shopt: Builtin = function* (sh, argv) {
  let mode: '' | 's' | 'u' = '';
  let quiet = false;
  let print = false;
  let i = 1;
  for (; i < argv.length && /^-[pqsuo]+$/.test(argv[i]!); i++) {
    for (const c of argv[i]!.slice(1)) {
      if (c === 's' || c === 'u') mode = c;
      else if (c === 'q') quiet = true;
      else if (c === 'p') print = true;
    }
  }
  const isOn = (n: string): boolean =>
    sh.opts.has(`shopt:${n}`) ||
    (DEFAULT_ON.has(n) && !sh.opts.has(`shopt-off:${n}`)) ||
    (n === 'expand_aliases' && sh.opts.has('expand_aliases'));
  const names = argv.slice(i);
  for (const n of names) {
    if (!NAMES.includes(n)) {
      yield* sh.error(`shopt: ${n}: invalid shell option name`);
      return 1;
    }
  }
  if (mode !== '') {
    for (const n of names) {
      const key = n === 'expand_aliases' ? 'expand_aliases' : `shopt:${n}`;
      if (mode === 's') {
        sh.opts.add(key);
        sh.opts.delete(`shopt-off:${n}`);
      } else {
        sh.opts.delete(key);
        if (DEFAULT_ON.has(n)) sh.opts.add(`shopt-off:${n}`);
      }
    }
    return 0;
  }
  const list = names.length > 0 ? names : NAMES;
  if (quiet) return list.every(isOn) ? 0 : 1;
  let text = '';
  for (const n of list) {
    text += print ? `shopt ${isOn(n) ? '-s' : '-u'} ${n}\n` : `${n.padEnd(15)}\t${isOn(n) ? 'on' : 'off'}\n`;
  }
  if (!(yield* out(sh, 'shopt', text))) return 1;
  return names.length > 0 && !names.every(isOn) ? 1 : 0;
};
