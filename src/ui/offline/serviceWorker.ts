// The service worker that keeps Glasshouse working offline once it has loaded (issue #6 item 5).
//
// It is not part of the page's bundle: the build (src/build/offline.ts) compiles this file on its
// own into dist/sw.js and defines __PRECACHE__ as every file the build emitted (index.html, the
// entry, the lazy chunks of the model, xterm.js, the views and the course, CSS, the favicon) with a
// version hashed from their contents. install: cache them all; activate: delete the caches of older
// versions and take control of open pages; fetch: precached same-origin GETs come from the cache
// (their names carry content hashes), page loads (navigations) go to the network first and fall
// back to the cached index.html. A share link's #fragment never reaches the server nor this
// worker's cache keys. Simplified: no runtime caching of anything the build did not emit, and a new
// version waits until every tab of the old one is closed (so a running page never loses its chunks).

interface Precache {
  /** A hash of the files' names and contents: part of the cache's name. */
  readonly version: string;
  /** Paths relative to this worker's URL, e.g. 'index.html', 'assets/world-8Uyz3A1V.js'. */
  readonly files: readonly string[];
}

declare const __PRECACHE__: Precache;

// The DOM library has no service worker types (and the WebWorker library clashes with it).
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const PREFIX = 'glasshouse-';
const CACHE = `${PREFIX}${__PRECACHE__.version}`;
const urlOf = (file: string): string => new URL(file, worker.location.href).href;
const precached = new Set(__PRECACHE__.files.map(urlOf));
const INDEX = urlOf('index.html');

worker.addEventListener('install', (event) => {
  event.waitUntil(worker.caches.open(CACHE).then((cache) => cache.addAll([...precached])));
});

worker.addEventListener('activate', (event) => {
  const old = worker.caches
    .keys()
    .then((names) =>
      Promise.all(
        names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((n) => worker.caches.delete(n)),
      ),
    );
  event.waitUntil(old.then(() => worker.clients.claim()));
});

/** Network first; offline (or a server error) falls back to the cached index.html. */
async function navigate(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) return response;
    const cached = await worker.caches.match(INDEX, { cacheName: CACHE });
    return cached ?? response;
  } catch (error) {
    const cached = await worker.caches.match(INDEX, { cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}

/** Cache first: the precached copy, else the network. */
async function precachedFile(request: Request, url: string): Promise<Response> {
  const cached = await worker.caches.match(url, { cacheName: CACHE });
  return cached ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  url.hash = '';
  if (request.mode === 'navigate') event.respondWith(navigate(request));
  else if (precached.has(url.href)) event.respondWith(precachedFile(request, url.href));
});
