/**
 * The settings editor: home zone, week start and clock; working and quiet hours; caps, buffer,
 * break rule, reminders and income target; exchange rates into the worker's currency; and,
 * folded away, the burnout rules with their sources.
 * Errors show inline per field and nothing is saved until the whole form is valid.
 */
import { useState } from 'react';
import { EditorShell } from '../../components/EditorShell';
import { useRecordEditor } from '../../components/useEditor';
import { db } from '../../db/instance';
import { saveSettings } from '../../db/repo';
import { workerTimeOff } from '../../../../core/time-off';
import type { PlannerData } from '../../planner-data';
import { TimeOffSection } from '../clients/TimeOffSection';
import { BurnoutRules } from './BurnoutRules';
import { DesktopSection } from './DesktopSection';
import { StorageSettings } from './StorageSettings';
import { BREAK_RULE_KEYS, checkSettingsForm, settingsToForm } from './settings-form';
import { HoursSection, LimitsSection, WeekDisplaySection } from './SettingsSections';
import { RatesSection } from './RatesSection';
import { dayOf } from '../../../../core/time';
import './settings.css';

// Where the sections show errors inline (prefixes of the validator's paths).
const SETTINGS_FIELD_PATHS = [
  'homeZone',
  'workingHours',
  'quietHours',
  'dailyCapMin',
  'weeklyCapMin',
  'bufferMin',
  'defaultReminderLeadMin',
  'weeklyIncomeTarget',
  'currency',
  'exchangeRates',
  'burnout',
] as const;

type Props = Pick<PlannerData, 'settings' | 'timeOff' | 'now'> & {
  onClose: () => void;
};

/** The settings dialog. */
export function SettingsDialog({ settings, timeOff, now, onClose }: Props) {
  const [rulesOpen, setRulesOpen] = useState(false);
  const { form, setForm, set, editor } = useRecordEditor(db.settings, settings, settingsToForm, {
    onClose,
    fieldPaths: SETTINGS_FIELD_PATHS,
    // A threshold error inside the folded rules must not stay hidden; the break rule's two
    // fields are shown outside them, under limits.
    onErrors: (next) => {
      const folded = (path: string) =>
        path.startsWith('burnout.') && !BREAK_RULE_KEYS.some((key) => path === `burnout.${key}`);
      if (Object.keys(next).some(folded)) setRulesOpen(true);
    },
  });
  const { errors } = editor;
  // Rates are set on the worker's day, in the zone the settings are saved with.
  const today = dayOf(now, settings.homeZone);

  function save() {
    editor.save(checkSettingsForm(form, { ...settings, today }), (checked, loadedAt) =>
      saveSettings(db, checked, now, { loadedAt }),
    );
  }

  const sectionProps = { form, set, errors, now };
  return (
    <EditorShell
      title="Settings"
      testId="settings-dialog"
      editor={editor}
      saveLabel="Save settings"
      onSave={save}
      formClassName="settings-form"
    >
      <WeekDisplaySection {...sectionProps} />
      <HoursSection {...sectionProps} />
      <LimitsSection {...sectionProps} />
      <RatesSection {...sectionProps} today={today} />
      <TimeOffSection
        legend="My days off"
        hint="Your own days off, in your time zone: no microtask proposals then, and any commitment on them is flagged."
        owner={{ kind: 'worker' }}
        stored={workerTimeOff(timeOff)}
        zone={settings.homeZone}
        now={now}
      />
      <DesktopSection />
      <StorageSettings />
      <BurnoutRules
        form={form}
        setThreshold={(key, text) =>
          setForm((f) => ({ ...f, burnout: { ...f.burnout, [key]: text } }))
        }
        errors={errors}
        open={rulesOpen}
        onToggle={setRulesOpen}
      />
    </EditorShell>
  );
}
