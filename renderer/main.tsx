// The renderer's entry: mounts the app.
import '../shared/zod-locale';
import { z } from 'zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';

// The page's Content-Security-Policy allows no eval: zod is told so, instead of finding out by trying at start-up.
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
