// A traced call's explanation in both languages: the page's English lines are strace's own
// (EXPLAIN_EN, so the two cannot drift), and in 简体中文 the same message is said in Chinese with
// the namespace words listed the Chinese way.
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../../src/ui/i18n/locales/en/views.json';
import { i18n, setLanguage } from '../../../../src/ui/i18n';
import { explanationText } from '../../../../src/ui/views/trace/explainText';
import { EXPLAIN_EN, explain, explainMessage } from '../../../../src/userland/strace/explain';
import type { TraceRecord } from '../../../../src/kernel/abi/trace';

afterEach(() => setLanguage('en'));

const clone = {
  type: 'syscall',
  sys: 'clone',
  name: 'clone',
  args: [0x20000000 | 0x00020000 | 0x04000000],
  result: 4321,
  pid: 100,
} as unknown as TraceRecord;

describe('trace explanations', () => {
  it("the English locale holds strace's English lines, key for key", () => {
    expect(en.traceExplain).toEqual(EXPLAIN_EN);
  });

  it('says a clone into new namespaces in English and in 简体中文', () => {
    const m = explainMessage(clone);
    expect(explanationText(m)).toBe(explain(clone));
    expect(explanationText(m)).toBe('creates a process (pid 4321) in new pid, mount and UTS namespaces');
    setLanguage('zh-CN');
    expect(i18n.language).toBe('zh-CN');
    expect(explanationText(m)).toBe('在新的 pid、挂载 和 UTS 命名空间中创建一个进程（pid 4321）');
  });
});
