import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import pkg from './package.json';

/**
 * Runs the first IndexedDB read (src/renderer/src/preread.ts) from its own small script, ahead of
 * the app's bundle: adds the built `preread` entry to index.html as an async module script, which
 * runs as soon as it has loaded instead of after the bundle (module scripts otherwise run in
 * document order, and Vite would merge the two into one).
 */
function prereadScript(): Plugin {
  return {
    name: 'hybrid-planner:preread',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.isEntry && file.name === 'preread',
      );
      const html = bundle['index.html'];
      if (!entry || html?.type !== 'asset') throw new Error('preread: entry or index.html missing');
      const main = '<script type="module" crossorigin';
      const source = String(html.source);
      if (!source.includes(main)) throw new Error('preread: no module script in index.html');
      html.source = source.replace(
        main,
        `<script type="module" async crossorigin src="./${entry.fileName}"></script>\n    ${main}`,
      );
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // Relative asset URLs so the same build loads from file:// (Electron) and http:// (browser).
    base: './',
    plugins: [react(), prereadScript()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves output unminified by default; the window loads faster minified.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          blank: resolve(__dirname, 'src/renderer/blank.html'),
          preread: resolve(__dirname, 'src/renderer/src/preread.ts'),
        },
      },
    },
  },
});
