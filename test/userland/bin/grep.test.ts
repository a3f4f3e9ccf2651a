import { describe } from 'vitest';
import { runCases } from './cases';
import cases from './grep.cases.json';
import { grep } from '../../../src/userland/bin/grep';

describe('grep (recorded from GNU grep 3.8)', () => {
  runCases(cases, { grep });
});
