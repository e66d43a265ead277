/** The app's one database connection. */
import { createDb } from './db';

export const db = createDb();
