/**
 * The first read of the planner's data, from a small script of its own that the page runs as soon
 * as it is parsed (see electron.vite.config.ts). IndexedDB then works while the browser is still
 * downloading, compiling and evaluating the app's bundle, which picks the result up (db/boot.ts).
 */
import { browserIdb, startFirstRead } from './db/first-read';
import { DB_NAME } from './db/schema';

const deps = browserIdb();
if (deps) startFirstRead(deps, DB_NAME);
