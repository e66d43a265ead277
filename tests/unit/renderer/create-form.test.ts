import { describe, expect, it } from 'vitest';
import { platformFromPreset } from '../../../src/core/defaults';
import type { Client } from '../../../src/core/types';
import {
  CREATE_FIELD_PATHS,
  checkCreateForm,
  formSpan,
  initialCreateForm,
  type CreateForm,
} from '../../../src/renderer/src/features/week/create-form';

const acme: Client = {
  id: 'ny',
  name: 'Acme',
  color: '#2563eb',
  zone: 'America/New_York',
  availability: [],
  billing: { kind: 'hourly', rate: 30 },
  currency: 'USD',
  notes: '',
  archived: false,
  createdAt: 0,
  updatedAt: 0,
};
const gone: Client = { ...acme, id: 'old', name: 'Old', archived: true };
const prolific = platformFromPreset('prolific', { id: 'prolific', now: 0 });
const off = { ...platformFromPreset('mturk', { id: 'mturk', now: 0 }), enabled: false };
const zone = 'Asia/Manila';
const context = { platforms: [off, prolific], clients: [gone, acme], zone };
// Tuesday 3 March 2026, 14:00–15:30 in Manila = 01:00–02:30 in New York.
const span = {
  start: Date.parse('2026-03-03T14:00:00+08:00'),
  end: Date.parse('2026-03-03T15:30:00+08:00'),
};

describe('the create form', () => {
  it('starts on a session for the first enabled platform, or a commitment without platforms', () => {
    expect(initialCreateForm({ platforms: [off], clients: [acme], zone }, span).platformId).toBe(
      'mturk',
    );
    expect(initialCreateForm(context, span)).toMatchObject({
      time: '14:00',
      duration: '90',
      what: 'session',
      platformId: 'prolific',
      clientId: 'ny',
    });
    expect(initialCreateForm({ platforms: [], clients: [acme], zone }, span).what).toBe(
      'commitment',
    );
  });

  it('makes a planned, unlocked session on the exact span', () => {
    const checked = checkCreateForm(initialCreateForm(context, span), span, context);
    expect(checked).toEqual({
      ok: true,
      value: {
        what: 'session',
        draft: {
          platformId: 'prolific',
          start: span.start,
          end: span.end,
          locked: false,
          status: 'planned',
          actualEarnings: null,
          actualMin: null,
          note: '',
        },
      },
    });
  });

  it('makes a one-off commitment written in the client zone, titled after the client', () => {
    const form: CreateForm = {
      ...initialCreateForm(context, span),
      what: 'commitment',
      kind: 'call',
    };
    const checked = checkCreateForm(form, span, context);
    if (!checked.ok || checked.value.what !== 'commitment') throw new Error('not created');
    expect(checked.value.draft).toMatchObject({
      clientId: 'ny',
      title: 'Acme call',
      kind: 'call',
      zone: 'America/New_York',
      start: '01:00',
      durationMin: 90,
      recurrence: { kind: 'once', date: '2026-03-03' },
    });
  });

  it('reports every problem at once, each where the dialog shows it', () => {
    const session = checkCreateForm(
      { ...initialCreateForm(context, span), platformId: 'gone' },
      span,
      {
        ...context,
      },
    );
    expect(session).toEqual({
      ok: false,
      errors: { platformId: 'Pick a platform for this session.' },
    });
    const form: CreateForm = {
      what: 'commitment',
      platformId: '',
      clientId: 'old',
      title: 'x'.repeat(201),
      kind: 'work',
      time: '25:00',
      duration: '4',
    };
    const checked = checkCreateForm(form, span, context);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['clientId', 'duration', 'time', 'title']);
    expect(checked.errors.clientId).toBe('Pick a client for this commitment.');
    for (const path of Object.keys(checked.errors)) expect(CREATE_FIELD_PATHS).toContain(path);
  });
});

describe('fine-tuning the span in the dialog', () => {
  it('moves the start and length on the sketched day, in the home zone', () => {
    const form = { ...initialCreateForm(context, span), time: '14:10', duration: '25' };
    expect(formSpan(form, span, zone)).toEqual({
      ok: true,
      value: {
        start: Date.parse('2026-03-03T14:10:00+08:00'),
        end: Date.parse('2026-03-03T14:35:00+08:00'),
      },
    });
    const checked = checkCreateForm(form, span, context);
    if (!checked.ok || checked.value.what !== 'session') throw new Error('not created');
    expect(checked.value.draft.end - checked.value.draft.start).toBe(25 * 60_000);
  });
});
