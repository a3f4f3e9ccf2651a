// Goals about files and about what the learner typed.

import { defineGoal } from './define';

export const fileContains = defineGoal({
  params: { path: { type: 'string' }, text: { type: 'string' } },
  describe: {
    en: (p) => `${p.path} contains "${p.text}"`,
    'zh-CN': (p) => `${p.path} 包含 "${p.text}"`,
  },
  test: (s, p) => s.readFile(p.path)?.includes(p.text) ?? false,
});

/** The pattern is a regular expression (checked when the lesson loads), matched, never evaluated. */
export const commandRan = defineGoal({
  params: { pattern: { type: 'regexp' } },
  describe: {
    en: (p) => `you ran a command matching /${p.pattern}/`,
    'zh-CN': (p) => `你运行过匹配 /${p.pattern}/ 的命令`,
  },
  test: (s, p) => {
    const re = new RegExp(p.pattern);
    return s.history.some((c) => re.test(c));
  },
});
