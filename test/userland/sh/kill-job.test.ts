// kill %N in a shell without job control (bash -c): the job has no process group of its own, so
// bash signals its processes. Expected output from bash 5.2 on Debian 12 for the same script.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

describe('kill %N without job control', () => {
  it('terminates the background job', () => {
    expect(runSh('sleep 5 & kill %1; wait $!; echo st=$?').output).toBe('st=143\n');
  });
});
