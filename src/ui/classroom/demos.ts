// The demo scripts the page offers: every lessons/<id>/demo.yaml, validated. A broken file is
// listed with its problems (file:line: field: message) instead of breaking the panel.
// Loaded with the demo panel (lazily), so the YAML parser is not part of the first download.

import { DEMO_SOURCES } from '../../../lessons/demos';
import { loadDemo, type Demo } from '../../course/demo';
import { formatIssue } from '../../course/types';

export interface DemoEntry {
  readonly dir: string;
  readonly demo: Demo | null;
  readonly problems: readonly string[];
}

export const DEMOS: readonly DemoEntry[] = DEMO_SOURCES.map(({ dir, text }) => {
  const result = loadDemo(dir, text);
  return result.ok
    ? { dir, demo: result.demo, problems: [] }
    : { dir, demo: null, problems: result.issues.map(formatIssue) };
});

export const findDemo = (id: string | null): Demo | null =>
  DEMOS.find((d) => d.demo?.id === id)?.demo ?? null;
