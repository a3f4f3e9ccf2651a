// The presenter view's palettes (src/ui/classroom/presenter.css) meet WCAG AAA: text ≥ 7:1
// against every background it sits on, in the light and the dark variant; the focus ring ≥ 3:1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const css = readFileSync(join(__dirname, '../../../src/ui/classroom/presenter.css'), 'utf8');

/** The custom properties of the first rule whose selector ends with `selector {`. */
function palette(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const variants = {
  light: palette(':root[data-presenter]'),
  dark: palette(":root[data-presenter][data-theme='dark']"),
};

test('contrast() agrees with known pairs', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});

test('the dark palette for a dark system theme is the same as the chosen dark theme', () => {
  expect(palette(":root[data-presenter]:not([data-theme='light'])")).toEqual(variants.dark);
});

describe.each(Object.entries(variants))('%s presenter palette', (_name, p) => {
  const get = (k: string): string => {
    const v = p[k];
    if (v === undefined) throw new Error(`${k} missing`);
    return v;
  };
  test.each(['--text', '--muted', '--accent', '--add', '--mod', '--del', '--warn'])(
    '%s is ≥ 7:1 on --bg, --surface and --term-bg',
    (fg) => {
      for (const bg of ['--bg', '--surface', '--term-bg'])
        expect(contrast(get(fg), get(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
    },
  );

  test('a pressed toggle (--surface on --accent) is ≥ 7:1; the focus ring ≥ 3:1', () => {
    expect(contrast(get('--surface'), get('--accent'))).toBeGreaterThanOrEqual(7);
    expect(contrast(get('--focus'), get('--bg'))).toBeGreaterThanOrEqual(3);
  });
});
