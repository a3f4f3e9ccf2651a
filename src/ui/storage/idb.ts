// A small key-value store over IndexedDB (the plain API): database "glasshouse", one object store
// "kv". Every failure comes back as a rejected promise (never a throw): indexedDB missing or
// throwing SecurityError, open errors, an open that stays blocked past a time limit, a put that
// throws QuotaExceededError (the transaction is aborted, so nothing of it is written). Writes go
// in one transaction, so a write either lands whole or not at all (no torn state).
// When another page upgrades the database (versionchange), this connection closes itself.

export const DB_NAME = 'glasshouse';
const DB_VERSION = 1;
const STORE = 'kv';

export interface KeyValue {
  get(key: string): Promise<unknown>;
  /** Writes all pairs in one transaction. */
  put(pairs: ReadonlyArray<readonly [string, unknown]>): Promise<void>;
  /**
   * Writes `pairs` only if `key` holds a value `owns` accepts, in one transaction; false (nothing
   * written) otherwise.
   */
  putIf(
    key: string,
    owns: (value: unknown) => boolean,
    pairs: ReadonlyArray<readonly [string, unknown]>,
  ): Promise<boolean>;
  readonly closed: () => boolean;
  close(): void;
}

/** An Error for a failure that came without one. */
const asError = (error: unknown, fallback: string): Error =>
  error instanceof Error || error instanceof DOMException ? (error as Error) : new Error(fallback);

/** Opens the store; rejects on any failure, or with a "blocked" error after `timeoutMs`. */
export function openKeyValue(factory: IDBFactory | undefined, timeoutMs = 3000): Promise<KeyValue> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new DOMException('IndexedDB is not available', 'NotSupportedError'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(asError(error, 'indexedDB.open failed'));
      return;
    }
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new DOMException('IndexedDB open is blocked', 'TimeoutError'));
    }, timeoutMs);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
    };
    request.onerror = (event) => {
      event.preventDefault();
      clearTimeout(timer);
      if (!settled) reject(asError(request.error, 'indexedDB.open failed'));
      settled = true;
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      if (!db.objectStoreNames.contains(STORE)) {
        db.close();
        reject(new DOMException('the database has no kv store', 'NotFoundError'));
        return;
      }
      resolve(wrap(db));
    };
  });
}

function wrap(db: IDBDatabase): KeyValue {
  let closed = false;
  db.onversionchange = () => {
    closed = true;
    db.close();
  };
  db.onclose = () => {
    closed = true;
  };
  const transaction = (mode: IDBTransactionMode): IDBTransaction => {
    if (closed) throw new DOMException('the database connection is closed', 'InvalidStateError');
    return db.transaction(STORE, mode);
  };
  /** Runs body in a transaction; resolves with its result once committed, rejects if aborted. */
  const run = <T>(
    mode: IDBTransactionMode,
    body: (store: IDBObjectStore, fail: (e: unknown) => void) => () => T,
  ) =>
    new Promise<T>((resolve, reject) => {
      let failure: unknown;
      let tx: IDBTransaction | undefined;
      const fail = (error: unknown): void => {
        failure ??= error;
        try {
          tx?.abort();
        } catch {
          /* already finished */
        }
      };
      try {
        tx = transaction(mode);
        const result = body(tx.objectStore(STORE), fail);
        tx.oncomplete = () => resolve(result());
        tx.onabort = () => reject(asError(failure ?? tx?.error, 'IndexedDB transaction aborted'));
        tx.onerror = (event) => event.preventDefault();
      } catch (error) {
        // A put that threw synchronously must not leave the other puts of the write behind.
        fail(error);
        reject(asError(error, 'IndexedDB request failed'));
      }
    });

  return {
    get: (key) =>
      run('readonly', (store) => {
        const request = store.get(key);
        return () => request.result as unknown;
      }),
    put: (pairs) =>
      run('readwrite', (store) => {
        for (const [key, value] of pairs) store.put(value, key);
        return () => undefined;
      }),
    putIf: (key, owns, pairs) =>
      run('readwrite', (store, fail) => {
        let wrote = false;
        const check = store.get(key);
        check.onsuccess = () => {
          if (!owns(check.result)) return;
          try {
            for (const [k, value] of pairs) store.put(value, k);
            wrote = true;
          } catch (error) {
            fail(error);
          }
        };
        return () => wrote;
      }),
    closed: () => closed,
    close() {
      closed = true;
      db.close();
    },
  };
}
