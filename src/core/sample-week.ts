/**
 * The realistic sample week from DOMAIN.md as data: a VA in Manila with a New York retainer
 * client (whose hours fall in the Manila night), a London agency and a Sydney coach, plus the
 * four microtask platforms. The UI's "Load a sample week" and the core tests both use it.
 */
import { defaultSettings, platformFromPreset, weekdayWindows, MON_TO_FRI } from './defaults';
import { addDays, toInstant } from './time';
import type {
  CalendarDay,
  Client,
  Commitment,
  CommitmentKind,
  Instant,
  MicrotaskSession,
  Platform,
  Settings,
  Weekday,
} from './types';

export type SampleWeek = {
  weekStart: CalendarDay;
  now: Instant;
  settings: Settings;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  sessions: MicrotaskSession[];
};

const SAMPLE_HOME_ZONE = 'Asia/Manila';

function client(
  base: Pick<Client, 'id' | 'name' | 'color' | 'zone' | 'billing' | 'currency' | 'notes'>,
  hours: { start: string; end: string },
  now: Instant,
): Client {
  return {
    ...base,
    availability: weekdayWindows(MON_TO_FRI, hours.start, hours.end),
    archived: false,
    createdAt: now,
    updatedAt: now,
  };
}

type WeeklySpec = {
  id: string;
  clientId: string;
  title: string;
  kind: CommitmentKind;
  zone: string;
  start: string;
  durationMin: number;
  weekdays: Weekday[];
};

function weekly(spec: WeeklySpec, startDate: CalendarDay, now: Instant): Commitment {
  const { weekdays, ...rest } = spec;
  return {
    ...rest,
    // Starts the day before the home week so a client day that is still "yesterday" is included.
    recurrence: { kind: 'weekly', weekdays, interval: 1, startDate, endDate: null, count: null },
    skippedDates: [],
    moved: [],
    reminderLeadMin: null,
    notes: '',
    icsUid: null,
    createdAt: now,
    updatedAt: now,
  };
}

function sampleClients(now: Instant): Client[] {
  return [
    client(
      {
        id: 'sample-acme',
        name: 'Acme Goods (New York)',
        color: '#d9480f',
        zone: 'America/New_York',
        billing: { kind: 'retainer', monthlyFee: 1200, includedHours: 20, overageRate: 40 },
        currency: 'USD',
        notes: 'E-commerce founder: inbox, orders, supplier follow-ups.',
      },
      { start: '09:00', end: '17:00' },
      now,
    ),
    client(
      {
        id: 'sample-northlight',
        name: 'Northlight Agency (London)',
        color: '#1971c2',
        zone: 'Europe/London',
        billing: { kind: 'hourly', rate: 22 },
        currency: 'GBP',
        notes: 'Social media scheduling and reporting.',
      },
      { start: '09:00', end: '17:30' },
      now,
    ),
    client(
      {
        id: 'sample-harbour',
        name: 'Harbour Coaching (Sydney)',
        color: '#2f9e44',
        zone: 'Australia/Sydney',
        billing: { kind: 'hourly', rate: 35 },
        currency: 'AUD',
        notes: 'Calendar, client onboarding, newsletter.',
      },
      { start: '08:00', end: '16:00' },
      now,
    ),
  ];
}

function sampleCommitments(startDate: CalendarDay, now: Instant): Commitment[] {
  const specs: WeeklySpec[] = [
    {
      id: 'sample-acme-checkin',
      clientId: 'sample-acme',
      title: 'Acme check-in call',
      kind: 'call',
      zone: 'America/New_York',
      start: '09:00',
      durationMin: 30,
      weekdays: [1, 3, 5],
    },
    {
      id: 'sample-acme-orders',
      clientId: 'sample-acme',
      title: 'Acme orders and inbox',
      kind: 'work',
      zone: 'America/New_York',
      start: '10:00',
      durationMin: 120,
      weekdays: [2, 4],
    },
    {
      id: 'sample-northlight-social',
      clientId: 'sample-northlight',
      title: 'Northlight social scheduling',
      kind: 'work',
      zone: 'Europe/London',
      start: '09:00',
      durationMin: 90,
      weekdays: [1, 2, 3, 4],
    },
    {
      id: 'sample-northlight-report',
      clientId: 'sample-northlight',
      title: 'Northlight weekly report call',
      kind: 'call',
      zone: 'Europe/London',
      start: '09:30',
      durationMin: 30,
      weekdays: [5],
    },
    {
      id: 'sample-harbour-admin',
      clientId: 'sample-harbour',
      title: 'Harbour admin block',
      kind: 'work',
      zone: 'Australia/Sydney',
      start: '12:00',
      durationMin: 120,
      weekdays: [1, 3, 5],
    },
    {
      id: 'sample-harbour-call',
      clientId: 'sample-harbour',
      title: 'Harbour planning call',
      kind: 'call',
      zone: 'Australia/Sydney',
      start: '14:00',
      durationMin: 45,
      weekdays: [2],
    },
  ];
  return specs.map((spec) => weekly(spec, startDate, now));
}

function samplePlatforms(now: Instant): Platform[] {
  return [
    platformFromPreset('mturk', { id: 'sample-mturk', now }),
    platformFromPreset('prolific', { id: 'sample-prolific', now }),
    platformFromPreset('clickworker', { id: 'sample-clickworker', now }),
    platformFromPreset('appen', { id: 'sample-appen', now }),
  ];
}

/** One accepted, locked Prolific session on the Thursday afternoon (Manila time). */
function sampleSessions(weekStart: CalendarDay, now: Instant): MicrotaskSession[] {
  const day = addDays(weekStart, 3);
  return [
    {
      id: 'sample-session-thu',
      platformId: 'sample-prolific',
      start: toInstant(day, '13:00', SAMPLE_HOME_ZONE),
      end: toInstant(day, '14:00', SAMPLE_HOME_ZONE),
      locked: true,
      status: 'planned',
      actualEarnings: null,
      actualMin: null,
      note: 'Longitudinal study, part 2',
      createdAt: now,
      updatedAt: now,
    },
  ];
}

/**
 * The sample week for a home week starting on `weekStart` (a Monday in Manila): settings with a
 * $400 weekly target, three clients in New York, London and Sydney, their weekly commitments,
 * four platforms and one locked session.
 */
export function sampleWeek(options: { weekStart: CalendarDay; now: Instant }): SampleWeek {
  const { weekStart, now } = options;
  const settings: Settings = {
    ...defaultSettings(SAMPLE_HOME_ZONE, { updatedAt: now, currency: 'USD' }),
    weeklyIncomeTarget: 400,
    onboarded: true,
  };
  return {
    weekStart,
    now,
    settings,
    clients: sampleClients(now),
    commitments: sampleCommitments(addDays(weekStart, -1), now),
    platforms: samplePlatforms(now),
    sessions: sampleSessions(weekStart, now),
  };
}
