// No .tsx file under src/ui shows English it did not get from i18next: JSX text with letters and
// string literals (or template literals with letters) in aria-label, aria-description, title,
// placeholder, alt and label are reported. Allowed: the product's name, key names in <kbd>, and
// Linux's own names (files, fields, namespace kinds) that stay untranslated in every language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../src/ui');
const ATTRS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Words that are the same in every language: names, keys, Linux fields and commands. */
const ALLOWED = new Set(
  (
    'Glasshouse Ctrl Shift Alt C V F6 Esc Enter Tab NSpid cgroup cgroups pid pids mnt uts net ipc user time ' +
    'PID VmRSS RSS OOM upperdir lowerdir workdir bind cpu max stat memory current events docker qemu KVM CPU MiB KiB GiB ns proc self sys fs ms s x B'
  )
    .toLowerCase()
    .split(' '),
);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** True if `text` has a word (2+ letters, or any letter run) that is not allowed. */
function english(raw: string): boolean {
  const text = raw.replace(/&(gt|lt|amp|apos|quot|nbsp);/g, ' ');
  const words = text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];
  return words.some((w) => w.length > 1 && !ALLOWED.has(w.toLowerCase()));
}

function offences(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const report = (node: ts.Node, text: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(root, path)}:${line + 1}: ${text.trim().slice(0, 60)}`);
  };
  const literalText = (e: ts.Node | undefined): string | undefined => {
    if (!e) return undefined;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e))
      return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ');
    if (ts.isJsxExpression(e)) return literalText(e.expression);
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && english(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
      const text = literalText(node.expression);
      if (text !== undefined && english(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && ATTRS.has(node.name.getText(source))) {
      const text = literalText(node.initializer);
      if (text !== undefined && english(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no hard-coded English in src/ui/**/*.tsx', () => {
  it('every user-visible text in JSX comes from t()', () => {
    const files = tsxFiles(root);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(offences)).toEqual([]);
  });
});
