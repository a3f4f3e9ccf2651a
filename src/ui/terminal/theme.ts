// Terminal colours for the light and dark page themes, following the page's theme (../theme.ts).
// The page's CSS switches by itself; xterm.js needs its colours set from script.

import type { ITheme } from '@xterm/xterm';
import { followTheme } from '../theme';

export const darkTheme: ITheme = {
  background: '#14171c',
  foreground: '#d8dee9',
  cursor: '#d8dee9',
  cursorAccent: '#14171c',
  selectionBackground: '#3b4a63',
  black: '#1d2128',
  red: '#e06c75',
  green: '#98c379',
  yellow: '#e5c07b',
  blue: '#61afef',
  magenta: '#c678dd',
  cyan: '#56b6c2',
  white: '#d8dee9',
  brightBlack: '#5c6370',
  brightRed: '#ef8189',
  brightGreen: '#b5e08f',
  brightYellow: '#f0d196',
  brightBlue: '#86c3f7',
  brightMagenta: '#d99ef0',
  brightCyan: '#7fd0da',
  brightWhite: '#ffffff',
};

export const lightTheme: ITheme = {
  background: '#fbfbfa',
  foreground: '#1f2328',
  cursor: '#1f2328',
  cursorAccent: '#fbfbfa',
  selectionBackground: '#b6d3f5',
  black: '#1f2328',
  red: '#b3261e',
  green: '#1a7f37',
  yellow: '#8a6100',
  blue: '#0550ae',
  magenta: '#8250df',
  cyan: '#0e7490',
  white: '#6e7781',
  brightBlack: '#57606a',
  brightRed: '#cf222e',
  brightGreen: '#2da44e',
  brightYellow: '#9a6700',
  brightBlue: '#0969da',
  brightMagenta: '#a475f9',
  brightCyan: '#0891b2',
  brightWhite: '#8c959f',
};

/** Calls apply with the terminal colours now and whenever the page theme changes. */
export function followColorScheme(apply: (theme: ITheme) => void): () => void {
  return followTheme((theme) => apply(theme === 'dark' ? darkTheme : lightTheme));
}
