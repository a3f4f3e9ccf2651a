// The web app's entry: render the page, then boot the machine after the first paint.
//
// src/ui renders and sends input; it never reaches into the model. Everything it knows about
// the machine comes through the World API (src/world/types.ts).

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createMachine } from './machine';
import { startStorage } from './storage/boot';
import { registerServiceWorker } from './offline/register';
import { browserClock } from './runLoop';
import { initialLang } from './i18n/react';
import { prefs } from './prefs';
import './styles.css';

// The model and xterm.js load after the page shell has painted (separate chunks).
const machine = createMachine(
  () => import('../world').then(({ createWorld }) => createWorld({})),
  browserClock,
  (journal) => import('../world').then(({ replayJournal }) => replayJournal(journal)),
);

// The saved state is read from IndexedDB while the page paints; boot() replays the saved machine.
const storage = startStorage(machine);

// First visit: the browser's language (a saved preference, restored by src/ui/storage, wins).
prefs.getState().setLang(initialLang());

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App machine={machine} />
  </StrictMode>,
);

requestAnimationFrame(() =>
  setTimeout(() => {
    // Fetch the model while the saved state is read (boot waits for IndexedDB), and xterm.js
    // while the model loads; a failure is reported when the machine boots or the terminal mounts.
    import('../world').catch(() => undefined);
    storage.boot();
    import('./terminal/mount').catch(() => undefined);
  }, 0),
);

registerServiceWorker();
