import { describe } from 'vitest';
import { runCases } from './cases';
import cases from './awk.cases.json';
import { awk } from '../../../src/userland/bin/awk';

// Recorded from mawk 1.3.4 20200120 (Debian 12's awk) by awk.record.py.
describe('awk (recorded from mawk 1.3.4)', () => {
  runCases(cases, { awk });
});
