/**
 * The app's start-up: opening the database and its first read begin when this module is
 * evaluated (before React and the app).
 */
import { startBoot } from './db/boot';
import { db } from './db/instance';

export const boot = startBoot(db);
