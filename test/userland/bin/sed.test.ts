import { describe } from 'vitest';
import { runCases } from './cases';
import cases from './sed.cases.json';
import { sed } from '../../../src/userland/bin/sed';

describe('sed (recorded from GNU sed 4.9)', () => {
  runCases(cases, { sed });
});
