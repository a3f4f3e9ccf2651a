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

/**
 * The pattern is a regular expression (checked when the lesson loads), matched, never evaluated.
 * `example`, one command that matches, is what the learner reads in the goal list.
 */
export const commandRan = defineGoal({
  params: { pattern: { type: 'regexp' }, example: { type: 'string', optional: true } },
  describe: {
    en: (p) =>
      p.example === undefined
        ? `you ran a command matching /${p.pattern}/`
        : `you ran ${p.example} (or a similar command)`,
    'zh-CN': (p) =>
      p.example === undefined ? `你运行过匹配 /${p.pattern}/ 的命令` : `你运行过 ${p.example}（或类似命令）`,
  },
  test: (s, p) => {
    const re = new RegExp(p.pattern);
    return s.history.some((c) => re.test(c));
  },
});
