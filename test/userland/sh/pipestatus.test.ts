// PIPESTATUS is an array: one element per command of the last pipeline, indexable like any bash
// array, and plain $PIPESTATUS is element 0. Expected output recorded from bash 5.2 on the host:
//   bash -c 'false | true; echo "${PIPESTATUS[0]}" ${PIPESTATUS[1]} $PIPESTATUS ${PIPESTATUS[@]} \
//     ${#PIPESTATUS[@]} ${PIPESTATUS[-1]} x${PIPESTATUS[5]}x; (exit 3) | (exit 4) | true; echo ${PIPESTATUS[*]}'
import { expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

it('indexes PIPESTATUS as bash does', () => {
  const r = runSh(
    'false | true; echo "${PIPESTATUS[0]}" ${PIPESTATUS[1]} $PIPESTATUS ${PIPESTATUS[@]} ${#PIPESTATUS[@]} ${PIPESTATUS[-1]} x${PIPESTATUS[5]}x; (exit 3) | (exit 4) | true; echo ${PIPESTATUS[*]}',
  );
  expect(r.stdout).toBe('1 0 1 1 0 2 0 xx\n3 4 0\n');
});
