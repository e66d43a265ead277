/**
 * Backup and restore: save everything to a file, restore a file after checking all of it and
 * showing what would change, and see how much storage the planner uses.
 */
import { useCallback, useEffect, useState } from 'react';
import { parseBackup, planRestore, type RestoreMode } from '../../../../core/backup';
import { getBridge } from '../../bridge';
import { Dialog } from '../../components/Dialog';
import { StatusNotice, type Status } from '../../components/StatusNotice';
import { exportBackup, readAllData, restoreBackup, writeSafetyBackup } from '../../db/backup-io';
import { db } from '../../db/instance';
import { SCHEMA_VERSION } from '../../db/schema';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../../db/storage';
import { useSettings } from '../../hooks/useData';
import { errorText } from '../../format';
import { RestorePreview, summarisePlan, type Preview } from './RestorePreview';
import { StorageSection } from './StorageSection';
import './data.css';

// The dialog's parts, spaced apart, buttons at their natural width.

/** The Data dialog: Back up now, Restore from file (preview, Replace or Merge), storage. */
export function DataDialog({ onClose, now }: { onClose: () => void; now: number }) {
  const settings = useSettings();
  const zone = settings?.homeZone ?? 'UTC';
  const clock = settings?.clock ?? '24h';
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Status | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [desktop, setDesktop] = useState(false);

  const refreshStorage = useCallback(async () => setStorage(await readStorageStatus()), []);

  useEffect(() => {
    let live = true;
    void readStorageStatus().then((status) => live && setStorage(status));
    void getBridge()
      .getAppInfo()
      .then((info) => live && setDesktop(info.desktop))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  }

  const backUp = () =>
    run(async () => {
      try {
        const bridge = getBridge();
        const info = await bridge.getAppInfo();
        const file = await exportBackup(db, { appVersion: info.version, now, zone });
        const saved = await bridge.saveFile({
          kind: 'json',
          suggestedName: file.name,
          content: file.content,
        });
        if (!saved.saved) return;
        const d = file.data;
        setMessage({
          kind: 'ok',
          text: `Saved ${saved.name ?? file.name}: ${d.clients.length} clients, ${d.commitments.length} commitments, ${d.platforms.length} platforms, ${d.sessions.length} sessions and your settings.`,
        });
      } catch (error) {
        setMessage({ kind: 'error', text: `The backup could not be saved: ${errorText(error)}` });
      }
    });

  const pickFile = () =>
    run(async () => {
      setPreview(null);
      let file: { name: string; content: string } | null;
      try {
        file = await getBridge().openFile({ kind: 'json' });
      } catch (error) {
        setMessage({ kind: 'error', text: `${errorText(error)} Nothing was changed.` });
        return;
      }
      if (!file) return;
      const parsed = parseBackup(file.content, { schemaVersion: SCHEMA_VERSION });
      if (!parsed.ok) {
        setMessage({
          kind: 'error',
          text: `“${file.name}” cannot be restored. ${parsed.error}`,
          details: parsed.details.length > 1 ? parsed.details : [],
        });
        return;
      }
      const current = await readAllData(db);
      const data = parsed.backup.data;
      const clock = { now, exportedAt: Date.parse(parsed.backup.exportedAt) };
      setPreview({
        fileName: file.name,
        backup: parsed.backup,
        plans: {
          replace: planRestore(current, data, 'replace', clock),
          merge: planRestore(current, data, 'merge', clock),
        },
      });
    });

  const apply = (mode: RestoreMode) =>
    run(async () => {
      if (!preview) return;
      // The data Replace removes is kept first; without that copy nothing is replaced.
      const safety =
        mode === 'replace' ? await writeSafetyBackup(db, getBridge(), { now, zone }) : null;
      if (safety && !safety.ok) {
        setMessage({ kind: 'error', text: `${safety.message} Nothing was changed.` });
        return;
      }
      // Planned again inside the write: the data may have changed since the preview.
      const result = await restoreBackup(db, preview.backup.data, mode, {
        now,
        exportedAt: Date.parse(preview.backup.exportedAt),
      });
      if (!result.ok) {
        setMessage({ kind: 'error', text: result.message });
        return;
      }
      setPreview(null);
      const kept =
        safety?.ok && safety.savedAs ? ` Your data before it was saved as ${safety.savedAs}.` : '';
      setMessage({
        kind: 'ok',
        text: `Restored “${preview.fileName}” (${mode === 'replace' ? 'replaced' : 'merged'}): ${summarisePlan(result.plan)}.${kept}`,
      });
      await refreshStorage();
    });

  const persist = () =>
    run(async () => {
      const granted = await requestPersistentStorage();
      await refreshStorage();
      if (granted === false) {
        setMessage({
          kind: 'error',
          text: 'The browser did not allow persistent storage. Keep regular backups, and install the desktop app if you can.',
        });
      }
    });

  return (
    <Dialog title="Backup and restore" onClose={onClose} testId="data-dialog" wide>
      <StatusNotice status={message} className="data-status" />

      <section aria-labelledby="backup-title" className="data-section spaced">
        <h3 id="backup-title">Back up</h3>
        <p className="muted">
          Saves your settings, clients, commitments, platforms and sessions to one file.
          {desktop ? ' A copy is also kept automatically each day (the last 14 days).' : ''}
        </p>
        <button type="button" className="button primary" disabled={busy} onClick={backUp}>
          Back up now
        </button>
      </section>

      <section aria-labelledby="restore-title" className="data-section spaced">
        <h3 id="restore-title">Restore</h3>
        <p className="muted">
          The whole file is checked first; you see what it holds and what would change before
          anything is written.
        </p>
        {preview ? (
          <RestorePreview
            preview={preview}
            zone={zone}
            clock={clock}
            busy={busy}
            onApply={(mode) => void apply(mode)}
            onCancel={() => setPreview(null)}
          />
        ) : (
          <button type="button" className="button" disabled={busy} onClick={pickFile}>
            Restore from file…
          </button>
        )}
      </section>

      <StorageSection status={storage} busy={busy} onPersist={persist} />
    </Dialog>
  );
}
