import { describe, expect, it } from 'vitest';
import { renderProse, shellLines } from '../../../src/ui/course/markdown';

const render = (md: string): HTMLElement => {
  const host = document.createElement('div');
  host.innerHTML = renderProse(md, 'Run in terminal');
  return host;
};

describe('lesson prose rendering', () => {
  it('turns every command line of a sh block into a button carrying the command', () => {
    const host = render(
      "Try:\n\n```sh\nls -l /proc/self/ns\n# a comment\n\nunshare --uts sh -c 'hostname lab' &\n```\n",
    );
    const buttons = [...host.querySelectorAll('button.run-command')];
    expect(buttons.map((b) => b.getAttribute('data-command'))).toEqual([
      'ls -l /proc/self/ns',
      "unshare --uts sh -c 'hostname lab' &",
    ]);
    expect(buttons[0]?.getAttribute('type')).toBe('button');
    expect(buttons[0]?.textContent).toBe('Run in terminal: ls -l /proc/self/ns');
  });

  it('leaves other code blocks as plain preformatted text', () => {
    const host = render('```\npid:[4026531836]\n```\n');
    expect(host.querySelector('pre code')?.textContent).toBe('pid:[4026531836]\n');
    expect(host.querySelector('button')).toBeNull();
  });

  it('escapes raw HTML instead of rendering it', () => {
    const host = render('<img src=x onerror="alert(1)"> <script>alert(2)</script> **bold**');
    expect(host.querySelector('img, script')).toBeNull();
    expect(host.textContent).toContain('<script>alert(2)</script>');
    expect(host.querySelector('strong')?.textContent).toBe('bold');
  });

  it('links only to http(s) pages, with rel=noopener, and never javascript: or data:', () => {
    const host = render(
      '[man](https://man7.org/linux/man-pages/man2/unshare.2.html) [x](javascript:alert(1)) [y](data:text/html,hi) [z](/local)',
    );
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://man7.org/linux/man-pages/man2/unshare.2.html',
    ]);
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(host.textContent).toContain('[x](javascript:alert(1))');
  });

  it('moves headings down two levels to nest under the panel', () => {
    const host = render('# Top\n\n## Below\n\n###### Deep\n');
    expect([...host.querySelectorAll('h3, h4, h6')].map((h) => h.tagName)).toEqual(['H3', 'H4', 'H6']);
    expect(host.querySelector('h1, h2')).toBeNull();
  });

  it('escapes quotes in a command so the attribute holds it whole', () => {
    const host = render('```sh\necho "a<b" > /tmp/x\n```\n');
    expect(host.querySelector('button')?.getAttribute('data-command')).toBe('echo "a<b" > /tmp/x');
    expect(shellLines('  a  \n\n# b\nc')).toEqual(['a', 'c']);
  });
});
