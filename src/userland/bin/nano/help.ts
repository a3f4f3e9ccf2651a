// The ^G help text: nano 7.2's introduction, wrapped as nano wraps it (at most 74 columns), then
// the keys, "key  (alternative)  description", wrapped at the screen width.
//
// Simplification: only the keys this nano implements are listed (nano lists all of its ~90
// functions).

const INTRO = [
  ' The nano editor is designed to emulate the functionality and ease-of-use of the UW Pico text ' +
    'editor.  There are four main sections of the editor.  The top line shows the program version, ' +
    'the current filename being edited, and whether or not the file has been modified.  Next is the ' +
    'main editor window showing the file being edited.  The status line is the third line from the ' +
    'bottom and shows important messages.  The bottom two lines show the most commonly used ' +
    'shortcuts in the editor.',
  " Shortcuts are written as follows: Control-key sequences are notated with a '^' and can be " +
    'entered either by using the Ctrl key or pressing the Esc key twice.  Meta-key sequences are ' +
    "notated with 'M-' and can be entered using either the Alt, Cmd, or Esc key, depending on your " +
    'keyboard setup.  Also, pressing Esc twice and then typing a three-digit decimal number from 000 ' +
    'to 255 will enter the character with the corresponding value.  The following keystrokes are ' +
    'available in the main editor window.  Alternative keys are shown in parentheses:',
];

type KeyLine = readonly [key: string, alt: string, description: string];

/** Groups of key lines, separated by an empty line. */
const KEYS: ReadonlyArray<readonly KeyLine[]> = [
  [
    ['^G', '(F1)', 'Display this help text'],
    ['^X', '(F2)', 'Close the current buffer / Exit from nano'],
    ['^O', '(F3)', 'Write the current buffer (or the marked region) to disk'],
  ],
  [
    ['^W', '(F6)', 'Search forward for a string or a regular expression'],
    ['^K', '(F9)', 'Cut current line (or marked region) and store it in cutbuffer'],
    ['^U', '(F10)', 'Paste the contents of cutbuffer at current cursor position'],
  ],
  [
    ['^C', '(F11)', 'Display the position of the cursor'],
    ['^/', '(M-G)', 'Go to line and column number'],
  ],
  [
    ['^B', '(◂)', 'Go back one character'],
    ['^F', '(▸)', 'Go forward one character'],
    ['^A', '(Home)', 'Go to beginning of current line'],
    ['^E', '(End)', 'Go to end of current line'],
  ],
  [
    ['^P', '(▴)', 'Go to previous line'],
    ['^N', '(▾)', 'Go to next line'],
  ],
  [
    ['^Y', '(PgUp)', 'Go one screenful up'],
    ['^V', '(PgDn)', 'Go one screenful down'],
    ['M-\\', '(^Home)', 'Go to the first line of the file'],
    ['M-/', '(^End)', 'Go to the last line of the file'],
  ],
  [
    ['^I', '(Tab)', 'Insert a tab at the cursor position (or indent marked lines)'],
    ['^M', '(Enter)', 'Insert a newline at the cursor position'],
  ],
  [
    ['^H', '(Bsp)', 'Delete the character to the left of the cursor'],
    ['^D', '(Del)', 'Delete the character under the cursor'],
  ],
  [
    ['^L', '', 'Refresh (redraw) the current screen'],
    ['^S', '', 'Save file without prompting'],
  ],
];

/** Break text at blanks into lines of at most `width` characters; a break's blank starts the next line. */
export function wrapAtBlanks(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    while (cut > 0 && rest[cut - 1] === ' ') cut--;
    if (cut <= 0) cut = rest.indexOf(' ', width) < 0 ? rest.length : rest.indexOf(' ', width);
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    if (rest.startsWith('  ')) rest = rest.slice(1);
  }
  if (rest !== '') lines.push(rest);
  return lines;
}

function keyLine([key, alt, description]: KeyLine, cols: number): string[] {
  const head = key.padEnd(7) + (alt === '' ? '' : alt.padEnd(10));
  const first = head.padEnd(17) + description;
  if (first.length <= cols) return [first];
  const wrapped = wrapAtBlanks(first, cols);
  return wrapped.map((l, i) => (i === 0 ? l : ' '.repeat(18) + l));
}

/** The lines of the help screen for a terminal `cols` wide (the first one is empty). */
export function helpLines(cols: number): string[] {
  const width = Math.min(Math.max(cols, 40), 74);
  const out: string[] = [''];
  INTRO.forEach((paragraph, i) => {
    if (i > 0) out.push('');
    out.push(...wrapAtBlanks(paragraph, width));
  });
  for (const group of KEYS) {
    out.push('');
    for (const k of group) out.push(...keyLine(k, cols));
  }
  return out;
}
