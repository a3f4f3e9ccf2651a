// Notices about saving and sharing: a polite live region (role=status) under the header listing
// what the learner should know (storage unavailable or full, unreadable saved data kept for
// export, another tab saving, a share link opened or refused), each with its actions and a
// dismiss button.

import { useStore } from 'zustand';
import { useT } from '../i18n/react';
import { exportQuarantine, keepShared, startFresh } from './actions';
import { dismiss, storageStatus, type NoticeAction } from './notices';
import './storage.css';

function run(action: NoticeAction): void {
  if (action === 'exportQuarantine') void exportQuarantine();
  else if (action === 'reload') location.reload();
  else if (action === 'startFresh') startFresh();
  else keepShared();
}

export function Notices() {
  const { t } = useT('storage');
  const notices = useStore(storageStatus, (s) => s.notices);
  return (
    <div className="storage-notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className={`storage-notice storage-notice-${n.tone}`} data-notice={n.id}>
          <span>{t(n.key, { ...n.params })}</span>
          {n.actions?.map((action) => (
            <button key={action} type="button" className="toggle" onClick={() => run(action)}>
              {t(`action.${action}`)}
            </button>
          ))}
          <button
            type="button"
            className="toggle storage-dismiss"
            aria-label={t('action.dismiss')}
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
