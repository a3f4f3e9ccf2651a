// The text alternative: the same grouping as the diagram as a nested list (pid namespaces
// inside their parents, processes in drawing order), for screen readers and for reading.

import type { ReactNode } from 'react';
import type { GroupBox, NamespaceLayout, ProcessRow } from './layout';
import { rowName } from './row';
import { useT } from '../../i18n/react';

function items(layout: NamespaceLayout, group: GroupBox): ReactNode[] {
  const rows: (ProcessRow | GroupBox)[] = [
    ...layout.rows.filter((r) => r.pidns === group.inode),
    ...layout.groups.filter((g) => g.parent === group.inode),
  ].sort((a, b) => a.y - b.y);
  return rows.map((item) =>
    'pid' in item ? (
      <li key={`p${item.pid}`}>{rowName(item, layout.host)}</li>
    ) : (
      <li key={`g${item.inode}`} data-inode={item.inode}>
        {item.label}
        <ul>{items(layout, item)}</ul>
      </li>
    ),
  );
}

export function TextDescription({ layout }: { readonly layout: NamespaceLayout }) {
  const { t } = useT('views');
  const top = layout.groups.find((g) => g.level === 0);
  return (
    <details className="nsv-text">
      <summary>{t('common.textDescription')}</summary>
      {top && (
        <ul aria-label={t('namespaces.byNamespace')}>
          <li data-inode={top.inode}>
            {top.label}
            <ul>{items(layout, top)}</ul>
          </li>
        </ul>
      )}
      {layout.fold && <p>{t('namespaces.foldedText', { count: layout.fold.hidden })}</p>}
    </details>
  );
}
