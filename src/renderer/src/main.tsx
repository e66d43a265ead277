import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The global sheets before the app's modules, so each feature's sheet comes later and refines them.
import './styles/tokens.css';
import './styles/base.css';
import { App } from './App';
import { watchDatabase } from './db/database-state';
import { db } from './db/instance';
import { DatabaseGate } from './features/data/DatabaseGate';
import { warmUpTimeZones } from './warm-up';

// Opening starts before the first render, so IndexedDB works while React mounts and the zone
// data loads.
const database = watchDatabase(db);
warmUpTimeZones(Date.now());

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <DatabaseGate database={database}>
      <App />
    </DatabaseGate>
  </StrictMode>,
);
