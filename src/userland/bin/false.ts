// false(1): do nothing, unsuccessfully.

import type { Command } from '../command';
import { trueOrFalse } from './true';

export const false_: Command = {
  summary: 'false - do nothing, unsuccessfully',
  synopsis: 'false [ignored command line arguments]',
  description: 'Exit with a status code indicating failure.',
  main: (sys, argv) => trueOrFalse(sys, argv, 1),
};
