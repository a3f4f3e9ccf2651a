// Multi-line commands in lesson prose: a here-document (with its indentation and # lines) and a
// backslash-continued line each become one button whose data-command is the whole text.
import { describe, expect, it } from 'vitest';
import { renderProse, shellLines } from '../../../src/ui/course/markdown';

const HEREDOC = "cat > /app/app.py <<'EOF'\nif True:\n    # keep me\n    print('x')\nEOF";

describe('multi-line commands in sh blocks', () => {
  it('keeps a here-document whole, indentation and comments included', () => {
    expect(shellLines(`ls\n${HEREDOC}\ncat /app/app.py\n`)).toEqual(['ls', HEREDOC, 'cat /app/app.py']);
  });

  it('ends a <<- here-document at a tab-indented delimiter, and an unquoted one too', () => {
    expect(shellLines('cat <<-END\n\tx\n\tEND\necho after')).toEqual([
      'cat <<-END\n\tx\n\tEND',
      'echo after',
    ]);
    expect(shellLines('cat <<END\nx\nEND')).toEqual(['cat <<END\nx\nEND']);
  });

  it('joins backslash-continued lines, but not after an escaped backslash', () => {
    expect(shellLines('docker run \\\n  -d busybox\necho \\\\\nls')).toEqual([
      'docker run \\\n  -d busybox',
      'echo \\\\',
      'ls',
    ]);
  });

  it('renders one button carrying the whole here-document', () => {
    const host = document.createElement('div');
    host.innerHTML = renderProse('```sh\n' + HEREDOC + '\n```\n', 'Run');
    const buttons = host.querySelectorAll('button');
    expect(buttons.length).toBe(1);
    expect(buttons[0]?.getAttribute('data-command')).toBe(HEREDOC);
  });
});
