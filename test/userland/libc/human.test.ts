import { describe, expect, it } from 'vitest';
import { humanSize } from '../../../src/userland/libc/human';

// From `ls -lh` on files made with truncate -s N.
describe('humanSize', () => {
  it.each([
    [0, '0'],
    [1, '1'],
    [1023, '1023'],
    [1024, '1.0K'],
    [1025, '1.1K'],
    [1536, '1.5K'],
    [2048, '2.0K'],
    [10239, '10K'],
    [10240, '10K'],
    [10241, '11K'],
    [102400, '100K'],
    [1048575, '1.0M'],
    [1048576, '1.0M'],
    [1048577, '1.1M'],
    [1073741824, '1.0G'],
    [5000000000, '4.7G'],
    [1294, '1.3K'],
  ])('%d -> %s', (n, want) => {
    expect(humanSize(n)).toBe(want);
  });
});
