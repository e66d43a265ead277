/**
 * The account's app password, kept by main alone: encrypted with Electron `safeStorage` (the
 * system keyring or keychain) in a file of userData, never in IndexedDB, never sent to the
 * window, deleted on disconnect. Where the system offers no encryption the password is refused
 * rather than written in clear.
 */
import { safeStorage } from 'electron';
import { readFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { writeFileAtomic } from '../json-file';
import { SyncError } from './http';

/** Where the password lives and how it is read back. */
export type AccountStore = {
  save(password: string): Promise<void>;
  /** The password, or null when none is stored or it cannot be decrypted any more. */
  load(): string | null;
  remove(): Promise<void>;
};

/** An account store over one file (`path`), encrypted with safeStorage. */
export function createAccountStore(path: string): AccountStore {
  return {
    async save(password) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new SyncError(
          'forbidden',
          'This computer has no secure password storage (keyring) available, so the app will not save the password. Set up the system keyring and connect again.',
        );
      }
      await writeFileAtomic(path, safeStorage.encryptString(password).toString('base64'));
    },
    load() {
      try {
        const text = readFileSync(path, 'utf8').trim();
        if (!safeStorage.isEncryptionAvailable() || text === '') return null;
        return safeStorage.decryptString(Buffer.from(text, 'base64'));
      } catch {
        return null;
      }
    },
    async remove() {
      await unlink(path).catch((error: unknown) => {
        if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
      });
    },
  };
}
