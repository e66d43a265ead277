/**
 * Create or edit a microtask platform: start from a preset (MTurk, Prolific, Clickworker, Appen)
 * or custom; expected hourly pay, peak hours per weekday in the platform's zone with the home-zone
 * equivalent beside each day, session lengths. Errors show inline and nothing is saved until the
 * whole form is valid.
 */
import { useState } from 'react';
import { formatOffset, isValidZone, offsetMinutes } from '../../../../core/time';
import type { Platform } from '../../../../core/types';
import { EditorShell } from '../../components/EditorShell';
import { Field, NumberField } from '../../components/Field';
import { useRecordEditor } from '../../components/useEditor';
import { ZonePicker } from '../../components/ZonePicker';
import { db } from '../../db/instance';
import { savePlatform } from '../../db/repo';
import { zoneCity } from '../../format';
import type { PlannerData } from '../../planner-data';
import { WeekdayHoursTable } from '../../components/WeekdayHoursTable';
import { patchRow, rowErrors, type DayRow } from '../../components/weekday-rows';
import { ColourField } from '../../components/ColourField';
import { CurrencyField } from '../../components/CurrencyField';
import {
  applyPreset,
  formToPlatformDraft,
  homeEquivalent,
  PLATFORM_FIELD_PATHS,
  platformToForm,
  presetNote,
  PRESET_CHOICES,
} from './platform-form';
import './platforms.css';

type Props = Pick<PlannerData, 'settings' | 'now'> & {
  platform: Platform | null;
  onClose: () => void;
};

const SESSION_FIELDS: readonly {
  key: 'minSession' | 'maxSession';
  path: string;
  label: string;
  hint: string;
}[] = [
  {
    key: 'minSession',
    path: 'minSessionMin',
    label: 'Shortest session (minutes)',
    hint: 'Shorter gaps are not worth opening the platform for.',
  },
  {
    key: 'maxSession',
    path: 'maxSessionMin',
    label: 'Longest session (minutes)',
    hint: 'After this, a break or a different task.',
  },
];

/** The platform editor dialog. */
export function PlatformEditorDialog({ platform, settings, now, onClose }: Props) {
  const { homeZone, clock, currency: defaultCurrency } = settings;
  const { form, setForm, set, editor } = useRecordEditor(
    db.platforms,
    platform,
    (p) => platformToForm(p, { defaultCurrency, homeZone }),
    { onClose, fieldPaths: PLATFORM_FIELD_PATHS },
  );
  const { errors } = editor;
  // The zone picker keeps its own search text: a preset that sets the zone re-mounts it.
  const [presetRound, setPresetRound] = useState(0);
  const zone = form.peakZone.trim();
  const note = presetNote(form.preset);

  function save() {
    editor.run((loadedAt) =>
      savePlatform(db, formToPlatformDraft(form), now, platform && { id: platform.id, loadedAt }),
    );
  }

  return (
    <EditorShell
      title={platform ? `Edit ${platform.name}` : 'New platform'}
      testId="platform-dialog"
      editor={editor}
      saveLabel="Save platform"
      onSave={save}
    >
      <fieldset className="field span-2">
        <legend>Start from</legend>
        <div className="preset-choices">
          {PRESET_CHOICES.map((choice) => (
            <label
              key={choice.id}
              className={
                form.preset === choice.id
                  ? 'control preset-choice selected'
                  : 'control preset-choice'
              }
            >
              <input
                type="radio"
                name="platform-preset"
                value={choice.id}
                checked={form.preset === choice.id}
                onChange={() => {
                  setForm((f) => applyPreset(f, choice.id));
                  setPresetRound((n) => n + 1);
                }}
              />
              {choice.label}
            </label>
          ))}
        </div>
        <p className="notice preset-note">
          {note ?? 'Your own platform: set its pay, peak hours and session lengths below.'}
        </p>
      </fieldset>
      <Field label="Name" error={errors.name}>
        <input type="text" value={form.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <ColourField value={form.color} onChange={(color) => set({ color })} error={errors.color} />
      <NumberField
        label="Expected hourly pay"
        error={errors.hourlyRate}
        hint="What an hour of tasks really pays you, after breaks between tasks."
        min="0"
        step="0.5"
        inputMode="decimal"
        value={form.rate}
        onChange={(rate) => set({ rate })}
      />
      <CurrencyField
        value={form.currency}
        onChange={(currency) => set({ currency })}
        error={errors.currency}
      />
      <Field
        label="Peak hours time zone"
        error={errors.peakZone}
        hint={
          isValidZone(zone)
            ? `Now ${formatOffset(offsetMinutes(zone, now))}. Your home zone is ${zoneCity(homeZone)}.`
            : 'Search by city, e.g. New York'
        }
      >
        <ZonePicker
          key={presetRound}
          value={form.peakZone}
          onChange={(z) => set({ peakZone: z })}
          now={now}
        />
      </Field>
      <label className="check enabled-check">
        <input
          type="checkbox"
          checked={form.enabled}
          onChange={(e) => set({ enabled: e.target.checked })}
        />
        Use this platform when filling gaps
      </label>
      <WeekdayHoursTable
        legend={
          isValidZone(zone) ? `Peak hours in ${zoneCity(zone)} time` : 'Peak hours (platform zone)'
        }
        hint={
          isValidZone(zone) && zone !== homeZone
            ? `Gap filling prefers these hours. Beside each day: the same hours in ${zoneCity(homeZone)} this week.`
            : 'Gap filling prefers these hours.'
        }
        rows={form.rows}
        onChange={(weekday, patch) => set({ rows: patchRow(form.rows, weekday, patch) })}
        errors={rowErrors(errors, 'peakWindows', form.rows)}
        tableError={errors.peakWindows}
        note={(weekday) => {
          const row = form.rows[weekday] as DayRow;
          const home = homeEquivalent({ weekday, ...row, zone, homeZone, now, clock });
          return home ? `= ${home}` : null;
        }}
      />
      {SESSION_FIELDS.map(({ key, path, label, hint }) => (
        <NumberField
          key={key}
          label={label}
          error={errors[path]}
          hint={hint}
          min="5"
          step="5"
          value={form[key]}
          onChange={(text) => set({ [key]: text })}
        />
      ))}
    </EditorShell>
  );
}
