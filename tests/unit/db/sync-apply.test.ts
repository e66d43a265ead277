/**
 * Incoming sync changes written to the database: all in one transaction through the validated
 * writes, or nothing when any part is refused.
 */
import { describe, expect, it } from 'vitest';
import type { IncomingChange } from '../../../src/core/bridge/sync-contract';
import { sampleWeek } from '../../../src/core/sample-week';
import { samplePublished } from '../core/sync/sample-published';
import { applySyncChanges } from '../../../src/renderer/src/features/sync/apply-sync';
import { dump, freshDb } from './helpers';

const NOW = Date.UTC(2026, 10, 22);
const sample = sampleWeek({ weekStart: '2026-11-23', now: NOW });
const HOME = sample.settings.homeZone;
const CHECKIN = 'sample-acme-checkin@hybrid-planner';

async function seeded() {
  const db = freshDb('sync-apply');
  await db.clients.bulkPut(sample.clients);
  await db.commitments.bulkPut(sample.commitments);
  await db.platforms.bulkPut(sample.platforms);
  await db.sessions.bulkPut(sample.sessions);
  return db;
}

const items = samplePublished(sample, NOW);

function edited(uid: string, edit: (ics: string) => string): IncomingChange {
  const item = items.find((i) => i.uid === uid);
  if (!item) throw new Error(`no item ${uid}`);
  return { uid, kind: item.kind, change: 'updated', ics: edit(item.ics) };
}

const session = sample.sessions[0];
if (!session) throw new Error('the sample has a session');
const SESSION = `session-${session.id}@hybrid-planner`;

/** The sample's Thursday session moved two hours later on another device. */
const sessionMoved = edited(SESSION, (ics) =>
  ics
    .replace('DTSTART:20261126T050000Z', 'DTSTART:20261126T070000Z')
    .replace('DTEND:20261126T060000Z', 'DTEND:20261126T080000Z'),
);

describe('applySyncChanges', () => {
  it('writes a moved session and a removed commitment together', async () => {
    const db = await seeded();
    const result = await applySyncChanges(
      db,
      [{ uid: CHECKIN, kind: 'commitment', change: 'deleted' }, sessionMoved],
      { homeZone: HOME, now: NOW + 1000 },
    );
    expect(result.ok).toBe(true);
    expect(await db.commitments.get('sample-acme-checkin')).toBeUndefined();
    expect(await db.sessions.get(session.id)).toMatchObject({
      start: Date.UTC(2026, 10, 26, 7),
      end: Date.UTC(2026, 10, 26, 8),
    });
  });

  it('writes nothing when one part is refused by validation', async () => {
    const db = await seeded();
    // The session's platform is gone: its move is refused after the commitment was written,
    // and the commitment's change is undone with it.
    await db.platforms.delete(session.platformId);
    const before = await dump(db);
    const result = await applySyncChanges(
      db,
      [
        edited(CHECKIN, (ics) => ics.replace('SUMMARY:Acme check-in call', 'SUMMARY:Renamed')),
        sessionMoved,
      ],
      { homeZone: HOME, now: NOW + 1000 },
    );
    expect(result.ok).toBe(false);
    expect(await dump(db)).toEqual(before);
  });
});
