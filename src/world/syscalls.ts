// What the simulated kernel models, as a table generated from the syscall table (docs/syscalls.md).

import { SYSCALL_TABLE } from '../kernel';

export interface SyscallRow {
  readonly name: string;
  readonly level: 'full' | 'partial';
  readonly note: string;
}

export function describeSyscalls(): SyscallRow[] {
  return Object.entries(SYSCALL_TABLE)
    .map(([name, e]) => ({ name, level: e.level, note: e.note ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function syscallsMarkdown(): string {
  const rows = describeSyscalls().map((r) => `| \`${r.name}\` | ${r.level} | ${r.note} |`);
  return [
    '# System calls the simulated kernel models',
    '',
    'Generated from `src/kernel/syscall/table.ts` by `npm run -s syscalls > docs/syscalls.md`; a test keeps it current.',
    '',
    '| call | support | note |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
