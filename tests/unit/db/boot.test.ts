/**
 * Start-up: the direct first read gives exactly what Dexie reads (or steps aside), and the boot
 * store goes from opening to ready, follows every committed write, and reports problems.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { sampleWeek } from '../../../src/core/sample-week';
import { addDays, DAY } from '../../../src/core/time';
import {
  readBaseData,
  sessionsPage,
  startBoot,
  weekContextRange,
  type BootState,
  type BootStore,
} from '../../../src/renderer/src/db/boot';
import { SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import {
  NEARBY_MS,
  readBaseRows,
  startFirstRead,
  takeFirstRead,
} from '../../../src/renderer/src/db/first-read';
import { saveClient } from '../../../src/renderer/src/db/repo';
import { fakeDeps, freshDb } from './helpers';

const sample = sampleWeek({ weekStart: '2026-11-23', now: Date.UTC(2026, 10, 24, 3, 0) });

async function seeded() {
  const db = freshDb('boot');
  await db.transaction('rw', db.tables, async () => {
    await db.settings.put({ ...sample.settings, onboarded: true });
    await db.clients.bulkPut(sample.clients);
    await db.commitments.bulkPut(sample.commitments);
    await db.platforms.bulkPut(sample.platforms);
    await db.sessions.bulkPut(sample.sessions);
  });
  return db;
}

/** Resolves with the first state that passes `test`. */
function until(store: BootStore, test: (state: BootState) => boolean): Promise<BootState> {
  return new Promise((resolve) => {
    const check = () => {
      const state = store.get();
      if (!test(state)) return;
      off();
      resolve(state);
    };
    const off = store.subscribe(check);
    check();
  });
}

describe('the direct first read', () => {
  it('reads what Dexie reads: settings, clients and platforms by name, sessions in range', async () => {
    const db = await seeded();
    expect(sample.sessions.length).toBeGreaterThan(0);
    const from = sample.now - 3 * DAY;
    const to = sample.now + 3 * DAY;
    const rows = await readBaseRows(fakeDeps, db.name, from, to);
    expect(rows).toEqual({
      settings: await db.settings.get('settings'),
      clients: await db.clients.orderBy('name').toArray(),
      commitments: await db.commitments.toArray(),
      platforms: await db.platforms.orderBy('name').toArray(),
      sessions: await db.sessions
        .where('start')
        .between(from - DAY, to)
        .filter((s) => s.end > from)
        .toArray(),
    });
    expect(rows?.sessions.length).toBeGreaterThan(0);
    db.close();
  });

  it('answers null for a missing database and does not create it', async () => {
    const name = `missing-${Math.random().toString(36).slice(2)}`;
    expect(await readBaseRows(fakeDeps, name, 0, DAY)).toBeNull();
    const names = (await fakeDeps.indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });

  it('answers null for a database at another schema version', async () => {
    const name = `newer-${Math.random().toString(36).slice(2)}`;
    const newer = new Dexie(name, fakeDeps);
    newer.version(SCHEMA_VERSION + 1).stores({ settings: 'id', clients: 'id, name' });
    await newer.open();
    newer.close();
    expect(await readBaseRows(fakeDeps, name, 0, DAY)).toBeNull();
  });
});

describe('a first read started ahead of the app', () => {
  it('is handed over once, to a reader of the same database', async () => {
    const db = await seeded();
    const started = startFirstRead(fakeDeps, db.name);
    expect(takeFirstRead('another-database')).toBeNull();
    expect(takeFirstRead(db.name)).toBe(started);
    expect(takeFirstRead(db.name)).toBeNull();
    const { rows } = await started;
    expect(rows?.clients).toHaveLength(sample.clients.length);
    db.close();
  });
});

describe('the boot store', () => {
  it('opens, then holds the base data Dexie reads, with the sessions around now', async () => {
    const db = await seeded();
    db.close();
    const store = startBoot(db, fakeDeps);
    expect(store.get().kind).toBe('opening');
    const state = await until(store, (s) => s.kind !== 'opening');
    if (state.kind !== 'ready') throw new Error(`not ready: ${state.kind}`);
    // The same read through Dexie, centred on the same instant.
    const expected = await readBaseData(db, state.data.sessions.from + NEARBY_MS);
    expect(state.data.settings).toEqual(expected.settings);
    expect(state.data.clients).toEqual(expected.clients);
    expect(state.data.commitments).toEqual(expected.commitments);
    expect(state.data.platforms).toEqual(expected.platforms);
    expect(state.data.sessions).toEqual(expected.sessions);
    db.close();
  });

  it('reads again after a committed write', async () => {
    const db = await seeded();
    const store = startBoot(db, fakeDeps);
    await until(store, (s) => s.kind === 'ready');
    const client = sample.clients[0];
    if (!client) throw new Error('no client');
    const saved = await saveClient(db, { ...client, name: 'Renamed in a test' }, sample.now);
    expect(saved.ok).toBe(true);
    const state = await until(
      store,
      (s) => s.kind === 'ready' && s.data.clients.some((c) => c.name === 'Renamed in a test'),
    );
    expect(state.kind).toBe('ready');
    db.close();
  });

  it('reads through Dexie where the direct read cannot run', async () => {
    const db = await seeded();
    const store = startBoot(db, fakeDeps, { directRead: false });
    const state = await until(store, (s) => s.kind !== 'opening');
    expect(state.kind === 'ready' ? state.data.clients.length : -1).toBe(sample.clients.length);
    db.close();
  });

  it('reports data from a newer build as a problem and never shows it', async () => {
    const db = freshDb('boot-newer');
    const newer = new Dexie(db.name, fakeDeps);
    newer.version(1).stores({ settings: 'id', clients: 'id, name' });
    newer.version(SCHEMA_VERSION + 1).stores({ invoices: 'id' });
    await newer.open();
    newer.close();
    const store = startBoot(db, fakeDeps);
    const state = await until(store, (s) => s.kind !== 'opening');
    expect(state.kind === 'problem' ? state.problem.reason : state.kind).toBe('newer-version');
  });
});

describe('the live sessions page', () => {
  it('covers the shown week and both neighbours, and moves only every four weeks', () => {
    const zone = 'Pacific/Auckland';
    let changes = 0;
    let last = '';
    for (let i = 0; i < 40; i++) {
      for (const weekStart of [addDays('2026-01-05', 7 * i), addDays('2026-01-04', 7 * i)]) {
        const page = sessionsPage(weekStart, zone);
        for (const near of [-7, 0, 7]) {
          const range = weekContextRange(addDays(weekStart, near), zone);
          expect(page.from).toBeLessThanOrEqual(range.from);
          expect(page.to).toBeGreaterThanOrEqual(range.to);
        }
      }
      const key = JSON.stringify(sessionsPage(addDays('2026-01-05', 7 * i), zone));
      if (key !== last) changes++;
      last = key;
    }
    // 40 weeks touch 10 pages, or 11 when they do not start on a page boundary.
    expect(changes).toBeGreaterThanOrEqual(10);
    expect(changes).toBeLessThanOrEqual(11);
  });
});
