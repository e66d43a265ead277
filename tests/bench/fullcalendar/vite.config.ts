import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Builds the FullCalendar benchmark peer into out-bench/fullcalendar (`npm run bench:ui`); the
// app's build (electron-vite) never sees it, so it never ships.
export default defineConfig({
  root: __dirname,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(__dirname, '../../../out-bench/fullcalendar'),
    emptyOutDir: true,
  },
});
