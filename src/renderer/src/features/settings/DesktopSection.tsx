/**
 * Desktop-only settings: start the planner at login (so tray reminders run without opening it).
 * The OS owns this setting, so it is read from and written to the shell, not the database.
 */
import { useEffect, useState } from 'react';
import { getBridge } from '../../bridge';
import { FieldError } from '../../components/Field';

/** The "Desktop" section, rendered only in the desktop app. */
export function DesktopSection() {
  const [state, setState] = useState<{ desktop: boolean; openAtLogin: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void getBridge()
      .getAppInfo()
      .then((info) => {
        if (live) setState({ desktop: info.desktop, openAtLogin: info.openAtLogin ?? false });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (!state?.desktop) return null;

  async function toggle(openAtLogin: boolean) {
    setError(null);
    try {
      const result = await getBridge().setOpenAtLogin(openAtLogin);
      setState({ desktop: true, openAtLogin: result.openAtLogin });
      if (result.openAtLogin !== openAtLogin) {
        setError(
          'This system does not let apps start at login; add Hybrid Planner to your startup applications instead.',
        );
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <fieldset className="field span-2">
      <legend>Desktop</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={state.openAtLogin}
          onChange={(e) => void toggle(e.target.checked)}
        />
        Open Hybrid Planner when I log in (it starts in the tray, so reminders keep running)
      </label>
      <FieldError error={error} />
    </fieldset>
  );
}
