// Notices about saving and sharing (shown by Notices.tsx in a role=status region): a store of
// messages by id, each an i18n key of the "storage" namespace with its parameters and the actions
// it offers. A notice with the same id replaces the previous one (a repeated failure does not
// pile up). Also the storage status: whether this tab saves, and why not.

import { createStore, type StoreApi } from 'zustand/vanilla';

export type NoticeAction =
  /** Download the stored data that could not be read (kept under the quarantine key). */
  | 'exportQuarantine'
  /** Reload the page (this tab becomes the one that saves). */
  | 'reload'
  /** Keep the machine opened from a share link as the learner's own. */
  | 'keepShared'
  /** Replace a machine whose journal could not be replayed with a fresh one. */
  | 'startFresh';

export interface Notice {
  readonly id: string;
  /** A key of the "storage" namespace. */
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly actions?: readonly NoticeAction[];
  /** 'error' notices are styled as warnings; both are announced politely. */
  readonly tone: 'info' | 'error';
}

/**
 * writer: this tab saves. memory: storage is unavailable, nothing is saved. readonly: the saved
 * data is from a newer version and is left alone. follower: another tab saves.
 */
export type StorageMode = 'starting' | 'writer' | 'memory' | 'readonly' | 'follower';

export interface StorageStatus {
  readonly mode: StorageMode;
  readonly notices: readonly Notice[];
  /** When the last save landed (ms since the epoch), or null. */
  readonly savedAt: number | null;
}

export type StatusStore = StoreApi<StorageStatus>;

export const createStorageStatus = (): StatusStore =>
  createStore<StorageStatus>(() => ({ mode: 'starting', notices: [], savedAt: null }));

/** The page's status (tests give each simulated tab its own). */
export const storageStatus = createStorageStatus();

export function notify(notice: Notice, status: StatusStore = storageStatus): void {
  const notices = status.getState().notices.filter((n) => n.id !== notice.id);
  status.setState({ notices: [...notices, notice] });
}

export function dismiss(id: string, status: StatusStore = storageStatus): void {
  const { notices } = status.getState();
  if (notices.some((n) => n.id === id)) status.setState({ notices: notices.filter((n) => n.id !== id) });
}

export function setMode(mode: StorageMode, status: StatusStore = storageStatus): void {
  if (status.getState().mode !== mode) status.setState({ mode });
}
