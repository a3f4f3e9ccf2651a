// Prints the "what is modelled" page generated from the syscall table.
import { syscallsMarkdown } from '../world';

process.stdout.write(syscallsMarkdown());
