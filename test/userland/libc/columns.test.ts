import { describe, expect, it } from 'vitest';
import { formatColumns, indent } from '../../../src/userland/libc/columns';

const NAMES =
  'alpha beta chi delta epsilon eta gamma iota kappa lambda mu nu omega omicron phi pi psi rho sigma tau theta upsilon verylongfilename_here_x xi zeta'.split(
    ' ',
  );
const cells = NAMES.map((n) => ({ text: n, width: n.length }));

// Expected strings are what `ls -C -w N` / `ls -x -w N` printed for these names (tabs included).
describe('formatColumns', () => {
  it('down then across, 40 columns', () => {
    expect(formatColumns(cells, 40, true)).toBe(
      'alpha\t omicron\nbeta\t phi\nchi\t pi\ndelta\t psi\nepsilon  rho\neta\t sigma\ngamma\t tau\niota\t theta\nkappa\t upsilon\nlambda\t verylongfilename_here_x\nmu\t xi\nnu\t zeta\nomega\n',
    );
  });
  it('across then down, 40 columns', () => {
    expect(formatColumns(cells, 40, false)).toBe(
      'alpha\t beta\t\t\t  chi\ndelta\t epsilon\t\t  eta\ngamma\t iota\t\t\t  kappa\nlambda\t mu\t\t\t  nu\nomega\t omicron\t\t  phi\npi\t psi\t\t\t  rho\nsigma\t tau\t\t\t  theta\nupsilon  verylongfilename_here_x  xi\nzeta\n',
    );
  });
  it('80 columns', () => {
    expect(formatColumns(cells, 80, true)).toBe(
      'alpha  epsilon\tkappa\tomega\t psi\ttheta\t\t\t zeta\nbeta   eta\tlambda\tomicron  rho\tupsilon\nchi    gamma\tmu\tphi\t sigma\tverylongfilename_here_x\ndelta  iota\tnu\tpi\t tau\txi\n',
    );
  });
  it('falls back to one column when nothing fits', () => {
    expect(formatColumns(cells, 20, true)).toBe(NAMES.join('\n') + '\n');
  });
  it('indents with tabs where a tab stop fits', () => {
    expect(indent(5, 10)).toBe('\t  ');
    expect(indent(7, 9)).toBe('  ');
  });
});
