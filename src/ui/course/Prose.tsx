// A piece of lesson prose rendered from markdown (see markdown.ts); a click on one of its command
// buttons (mouse, Enter or Space) types that command into the terminal.

import { useMemo, type MouseEvent } from 'react';
import { renderProse } from './markdown';
import { useCourseT } from './useT';

interface Props {
  readonly markdown: string;
  readonly onRun: (command: string) => void;
}

export function Prose({ markdown, onRun }: Props) {
  const { t } = useCourseT();
  const runLabel = t('runInTerminal');
  const html = useMemo(() => renderProse(markdown, runLabel), [markdown, runLabel]);
  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    const target = event.target instanceof Element ? event.target : null;
    const command = target?.closest<HTMLElement>('[data-command]')?.dataset.command;
    if (command !== undefined) onRun(command);
  };
  if (markdown.trim() === '') return null;
  // The HTML comes from markdown-it with raw HTML off and safe links only, then DOMPurify.
  return <div className="course-prose" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A list of commands (a step's solution), each a button that types itself. */
export function CommandList({
  commands,
  onRun,
}: {
  readonly commands: readonly string[];
  readonly onRun: (c: string) => void;
}) {
  const { t } = useCourseT();
  return (
    <ul className="command-block">
      {commands.map((command, i) => (
        <li key={i}>
          <button
            type="button"
            className="run-command"
            title={t('runInTerminal')}
            onClick={() => onRun(command)}
          >
            <span className="visually-hidden">{t('runInTerminal')}: </span>
            <code>{command}</code>
          </button>
        </li>
      ))}
    </ul>
  );
}
