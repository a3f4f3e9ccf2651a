import { describe, it, expect } from 'vitest';
import { runSh } from '../../helpers/run';

describe('smoke', () => {
  it('echo', () => {
    const r = runSh('echo hi; x=3; echo $((x*2)) "$x"; ls /nonexist; echo $?');
    console.log(JSON.stringify(r));
    expect(r.stdout).toBe('hi\n6 3\n2\n');
  });
});
