import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { db } from './db/instance';
import { DatabaseGate } from './features/data/DatabaseGate';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <DatabaseGate db={db}>
      <App />
    </DatabaseGate>
  </StrictMode>,
);
