import { describe } from 'vitest';
import { runCases } from './cases';
import cases from './headtail.cases.json';
import { head } from '../../../src/userland/bin/head';
import { tail } from '../../../src/userland/bin/tail';
import { wc } from '../../../src/userland/bin/wc';
import { seq } from '../../../src/userland/bin/seq';
import { tee } from '../../../src/userland/bin/tee';

describe('head, tail, wc, seq, tee (recorded from GNU coreutils 9.1)', () => {
  runCases(cases, { head, tail, wc, seq, tee });
});
