// POSIX path string helpers (no filesystem access): the textual side of path_resolution(7).

/** Split into non-empty components; '.' and '..' are kept for the walker to interpret. */
export function pathComponents(path: string): string[] {
  return path.split('/').filter((c) => c !== '');
}

/** Lexically normalise: collapse '//' and '.', resolve '..' textually (no symlinks). */
export function normalizePath(path: string): string {
  const isAbsolute = path.startsWith('/');
  const out: string[] = [];
  for (const c of pathComponents(path)) {
    if (c === '.') continue;
    if (c === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!isAbsolute) out.push('..');
      continue;
    }
    out.push(c);
  }
  const body = out.join('/');
  if (isAbsolute) return '/' + body;
  return body === '' ? '.' : body;
}

export function joinPath(dir: string, name: string): string {
  if (name.startsWith('/')) return name;
  if (dir === '' || dir === '.') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** basename(1) semantics: trailing slashes ignored, '/' stays '/'. */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '';
  const i = trimmed.lastIndexOf('/');
  return i < 0 ? trimmed : trimmed.slice(i + 1);
}

/** dirname(1) semantics. */
export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '.';
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  const d = trimmed.slice(0, i).replace(/\/+$/, '');
  return d === '' ? '/' : d;
}
