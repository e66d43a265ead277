/**
 * The settings editor: home zone, week start and clock; working and quiet hours; caps, buffer,
 * break rule, reminders and income target; and, folded away, the burnout rules with their sources.
 * Errors show inline per field and nothing is saved until the whole form is valid.
 */
import { useRef, useState } from 'react';
import type { Settings } from '../../../../core/types';
import type { FieldErrors } from '../../../../core/validate/fields';
import { Dialog } from '../../components/Dialog';
import { SaveCancel } from '../../components/EditorButtons';
import { db } from '../../db/instance';
import { saveSettings } from '../../db/repo';
import { BurnoutRules } from './BurnoutRules';
import { DesktopSection } from './DesktopSection';
import { StorageSettings } from './StorageSettings';
import { ErrorCount, focusFirstInvalid } from '../../components/FormErrors';
import { checkSettingsForm, settingsToForm, type SettingsForm } from './settings-form';
import { HoursSection, LimitsSection, WeekDisplaySection } from './SettingsSections';
import './settings.css';

type Props = {
  settings: Settings;
  now: number;
  onClose: () => void;
};

/** The settings dialog. */
export function SettingsDialog({ settings, now, onClose }: Props) {
  const [form, setForm] = useState<SettingsForm>(() => settingsToForm(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [rulesOpen, setRulesOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...patch }));

  async function save() {
    const checked = checkSettingsForm(form, settings);
    if (checked.ok) {
      setSaving(true);
      const result = await saveSettings(db, checked.value, now);
      setSaving(false);
      if (result.ok) {
        onClose();
        return;
      }
      showErrors(result.errors);
      return;
    }
    showErrors(checked.errors);
  }

  function showErrors(next: FieldErrors) {
    setErrors(next);
    // A threshold error inside the folded rules must not stay hidden.
    if (Object.keys(next).some((path) => path.startsWith('burnout.'))) setRulesOpen(true);
    focusFirstInvalid(formRef.current);
  }

  const sectionProps = { form, set, errors, now };
  return (
    <Dialog
      title="Settings"
      onClose={onClose}
      wide
      testId="settings-dialog"
      footer={
        <SaveCancel
          saveLabel="Save settings"
          saving={saving}
          onSave={() => void save()}
          onCancel={onClose}
        >
          <ErrorCount errors={errors} />
        </SaveCancel>
      }
    >
      <form
        ref={formRef}
        className="settings-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <WeekDisplaySection {...sectionProps} />
        <HoursSection {...sectionProps} />
        <LimitsSection {...sectionProps} />
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
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
