import { describe } from 'vitest';
import { runCases } from './cases';
import cases from './text.cases.json';
import { sort } from '../../../src/userland/bin/sort';
import { uniq } from '../../../src/userland/bin/uniq';
import { cut } from '../../../src/userland/bin/cut';
import { tr } from '../../../src/userland/bin/tr';

describe('sort, uniq, cut, tr (recorded from GNU coreutils 9.1)', () => {
  runCases(cases, { sort, uniq, cut, tr });
});
