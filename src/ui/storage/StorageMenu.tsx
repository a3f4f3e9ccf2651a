// The "Save & share" menu in the header: whether this tab saves (and why not), export the shown
// machine to a file, import one, and make a share link (copied, and shown in a text field).
// A <details> disclosure: keyboard-operable and announced as expandable without extra ARIA.

import { useState, type ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { useT } from '../i18n/react';
import { exportMachine, importMachine, shareLink, storageMachine } from './actions';
import { storageStatus } from './notices';
import './storage.css';

export function StorageMenu() {
  const { t } = useT('storage');
  const mode = useStore(storageStatus, (s) => s.mode);
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const machine = storageMachine();

  const share = async (): Promise<void> => {
    if (!machine) return;
    setBusy(true);
    try {
      setLink(await shareLink(machine));
    } finally {
      setBusy(false);
    }
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (chosen && machine) await importMachine(machine, chosen);
  };

  return (
    <details className="storage-menu">
      <summary>{t('menu.title')}</summary>
      <div className="storage-menu-body">
        <p className="storage-mode" data-mode={mode}>
          {t(`mode.${mode}`)}
        </p>
        <button
          type="button"
          className="toggle"
          disabled={!machine}
          onClick={() => machine && exportMachine(machine)}
        >
          {t('menu.export')}
        </button>
        <label className="storage-import">
          {t('menu.import')}
          <input
            type="file"
            accept="application/json,.json"
            disabled={!machine}
            onChange={(event) => void onFile(event)}
          />
        </label>
        <button type="button" className="toggle" disabled={!machine || busy} onClick={() => void share()}>
          {t('menu.share')}
        </button>
        {link && (
          <label className="storage-link">
            {link.copied ? t('menu.linkCopied') : t('menu.linkNotCopied')}
            <input
              type="text"
              readOnly
              value={link.url}
              onFocus={(event) => event.currentTarget.select()}
              data-testid="share-link"
            />
          </label>
        )}
      </div>
    </details>
  );
}
