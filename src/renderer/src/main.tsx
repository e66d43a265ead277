import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { watchDatabase } from './db/database-state';
import { db } from './db/instance';
import { DatabaseGate } from './features/data/DatabaseGate';
import './styles.css';

// Opening starts before the first render, so IndexedDB works while React mounts.
const database = watchDatabase(db);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <DatabaseGate database={database}>
      <App />
    </DatabaseGate>
  </StrictMode>,
);
