// The database opens and the first read starts before React and the app are evaluated: the
// boot module comes first, so IndexedDB works while the rest of this bundle is evaluated.
import { boot } from './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The global sheets before the app's modules, so each feature's sheet comes later and refines them.
import './styles/tokens.css';
import './styles/base.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App boot={boot} />
  </StrictMode>,
);
