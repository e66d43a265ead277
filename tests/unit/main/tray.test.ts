import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NativeImage } from 'electron';
import { createReminderService, type ReminderService } from '../../../src/main/reminder-service';
import { createTray, type TrayDeps } from '../../../src/main/tray';
import { resetFakeElectron, Tray, type MenuTemplateItem } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 2, 1, 0);

function find(items: MenuTemplateItem[] | undefined, label: string): MenuTemplateItem | undefined {
  for (const item of items ?? []) {
    if (item.label === label) return item;
    const inner = find(item.submenu, label);
    if (inner) return inner;
  }
  return undefined;
}

describe('createTray', () => {
  let reminders: ReminderService;
  let deps: TrayDeps;
  let cleanup: () => void;

  beforeEach(() => {
    resetFakeElectron();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(T0);
    reminders = createReminderService({
      storePath: join(mkdtempSync(join(tmpdir(), 'planner-tray-')), 'reminders.json'),
      onShowEvent: () => undefined,
      systemZone: () => 'Asia/Manila',
    });
    // The fake Tray accepts any image; the real one gets a NativeImage from icons.ts.
    const icon: NativeImage = Object.create(null);
    deps = {
      appName: 'Hybrid Planner',
      icon,
      reminders,
      showWindow: vi.fn(),
      showEvent: vi.fn(),
      quit: vi.fn(),
    };
    cleanup = createTray(deps);
  });

  afterEach(() => {
    cleanup();
    reminders.dispose();
    vi.useRealTimers();
  });

  const tray = (): Tray => {
    const instance = Tray.instances[0];
    if (!instance) throw new Error('no tray');
    return instance;
  };

  it('is built at once with a tooltip and a menu', () => {
    expect(Tray.instances).toHaveLength(1);
    expect(tray().tooltip).toBe('Hybrid Planner: no upcoming reminders');
    expect(find(tray().menu?.template, 'Open planner')).toBeDefined();
  });

  it('is updated when a new schedule arrives, and not rebuilt when nothing changed', async () => {
    await reminders.setSchedule({
      generatedAt: T0,
      reminders: [
        {
          id: 'a',
          kind: 'commitment',
          fireAt: T0 + 50 * MIN,
          eventAt: T0 + 60 * MIN,
          title: 'Call with Acme',
          body: '',
        },
      ],
      todayPlannedMin: 120,
      dailyCapMin: 480,
    });
    expect(tray().tooltip).toBe('Hybrid Planner: next: 10:00 Call with Acme');
    expect(find(tray().menu?.template, '10:00 · Call with Acme')).toBeDefined();
    expect(find(tray().menu?.template, 'Today: 2 h planned of 8 h')).toMatchObject({
      enabled: false,
    });
    const updates = tray().menuUpdates;
    vi.advanceTimersByTime(MIN);
    expect(tray().menuUpdates).toBe(updates);
  });

  it('wires the menu items to their actions', () => {
    find(tray().menu?.template, 'Open planner')?.click?.();
    expect(deps.showWindow).toHaveBeenCalledTimes(1);
    find(tray().menu?.template, 'Pause reminders')?.click?.();
    expect(reminders.snapshot().state.paused).toBe(true);
    expect(find(tray().menu?.template, 'Pause reminders')?.checked).toBe(true);
    find(tray().menu?.template, '1 hour')?.click?.();
    expect(reminders.snapshot().state.snoozedUntil).toBe(T0 + 60 * MIN);
    find(tray().menu?.template, 'Resume now')?.click?.();
    expect(reminders.snapshot().state.snoozedUntil).toBeNull();
    find(tray().menu?.template, 'Quit')?.click?.();
    expect(deps.quit).toHaveBeenCalledTimes(1);
    tray().emit('click');
    expect(deps.showWindow).toHaveBeenCalledTimes(2);
  });

  it('is destroyed by its cleanup', () => {
    cleanup();
    expect(tray().destroyed).toBe(true);
    cleanup = () => undefined;
  });
});
