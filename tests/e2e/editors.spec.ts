import { expect, test } from '@playwright/test';
import { EditorsPage } from './pages/editors';

// Monday 23 Nov 2026, 10:00 in Manila (UTC+8); New York is on EST (UTC−5).
const NOW = '2026-11-23T02:00:00Z';

test.describe('platform editor', () => {
  test('adds one platform from the MTurk preset and one custom, switches one off, deletes one', async ({
    page,
  }, info) => {
    const editors = new EditorsPage(page);
    await editors.planner.open(NOW);
    await editors.planner.startEmpty();

    await editors.openPlatforms();
    await expect(editors.dialog.getByText(/No platforms yet/)).toBeVisible();
    await editors.dialog.getByRole('button', { name: 'Add platform' }).click();
    const d = editors.dialog;
    await editors.fillPlatform({ preset: 'MTurk' });
    await expect(d.getByLabel('Name', { exact: true })).toHaveValue('MTurk');
    await expect(d.getByLabel('Expected hourly pay')).toHaveValue('9');
    await expect(d.getByRole('combobox', { name: 'Peak hours time zone' })).toHaveValue(
      'America/New_York',
    );
    await expect(d.getByText(/most HITs are posted by US requesters/)).toBeVisible();
    // 09:00–17:00 in New York is 22:00 Monday to 06:00 Tuesday in Manila.
    await expect(d.getByText('= Mon 22:00 – Tue 06:00 in Manila')).toBeVisible();
    await expect(d.getByRole('checkbox', { name: 'Saturday', exact: true })).not.toBeChecked();
    await page.screenshot({ path: info.outputPath('platform-editor-mturk.png') });
    await editors.savePlatform();
    await expect(d.getByRole('heading', { name: 'Platforms' })).toBeVisible();
    await expect(editors.platformItem('MTurk')).toContainText('$9/h');
    await expect(editors.platformItem('MTurk')).toContainText(
      'Peak: Mon–Fri 09:00–17:00 (New York time)',
    );

    await d.getByRole('button', { name: 'Add platform' }).click();
    await editors.fillPlatform({
      preset: 'Custom',
      name: 'Remotasks',
      rate: '6.5',
      zone: { search: 'Berlin', zone: 'Europe/Berlin' },
      days: { Saturday: ['10:00', '14:00'], Sunday: ['10:00', '14:00'] },
      minSession: '20',
      maxSession: '45',
    });
    // Berlin is UTC+1 in November, Manila UTC+8.
    await expect(d.getByText('= Sat 17:00–21:00 in Manila')).toBeVisible();
    await editors.savePlatform();
    const custom = editors.platformItem('Remotasks');
    await expect(custom).toContainText('20–45 min sessions');
    await expect(custom).toContainText('Peak: Sat, Sun 10:00–14:00 (Berlin time)');
    await page.screenshot({ path: info.outputPath('platform-list.png') });

    // Switch MTurk off: it stays listed, marked off, and stays off after a reload.
    await editors.platformItem('MTurk').getByRole('switch', { name: 'MTurk enabled' }).uncheck();
    await expect(editors.platformItem('MTurk').getByText('off', { exact: true })).toBeVisible();
    await page.reload();
    await editors.openPlatforms();
    await expect(editors.platformItem('MTurk').getByRole('switch')).not.toBeChecked();

    // Edit keeps the preset values and shows them again.
    await editors.platformItem('Remotasks').getByRole('button', { name: 'Edit Remotasks' }).click();
    await expect(d.getByRole('heading', { name: 'Edit Remotasks' })).toBeVisible();
    await expect(d.getByLabel('Expected hourly pay')).toHaveValue('6.5');
    await expect(d.getByLabel('Sunday from')).toHaveValue('10:00');
    await d.getByRole('button', { name: 'Cancel' }).click();

    await editors
      .platformItem('Remotasks')
      .getByRole('button', { name: 'Delete Remotasks' })
      .click();
    await expect(d.getByRole('alert')).toContainText('Delete Remotasks and no accepted sessions?');
    await d.getByRole('alert').getByRole('button', { name: 'Delete Remotasks' }).click();
    await expect(editors.platformItem('Remotasks')).toHaveCount(0);
    await expect(editors.platformItem('MTurk')).toHaveCount(1);
  });

  test('deleting a platform says how many accepted sessions go with it', async ({ page }) => {
    const editors = new EditorsPage(page);
    await editors.planner.open(NOW);
    await editors.loadSample();
    await editors.openPlatforms();
    const prolific = editors.platformItem('Prolific');
    await prolific.getByRole('button', { name: 'Delete Prolific' }).click();
    await expect(prolific.getByRole('alert')).toContainText(
      'Delete Prolific and its 1 accepted session?',
    );
    await prolific.getByRole('button', { name: 'Keep' }).click();
    await expect(prolific.getByRole('alert')).toHaveCount(0);
  });

  test('bad input is refused inline and nothing is saved', async ({ page }, info) => {
    const editors = new EditorsPage(page);
    await editors.planner.open(NOW);
    await editors.planner.startEmpty();
    await editors.openNewPlatform();
    const d = editors.dialog;
    await editors.fillPlatform({
      preset: 'MTurk',
      rate: '-5',
      minSession: '60',
      maxSession: '30',
      days: { Tuesday: ['17:00', '09:00'] },
    });
    await d.getByRole('combobox', { name: 'Peak hours time zone' }).fill('Atlantis/Capital');
    await editors.savePlatform();
    await expect(d.getByText('Expected hourly pay cannot be negative.')).toBeVisible();
    await expect(d.getByText(/“Atlantis\/Capital” is not a time zone/)).toBeVisible();
    await expect(d.getByText('End must be after start.')).toBeVisible();
    await expect(d.getByLabel('Expected hourly pay')).toHaveAttribute('aria-invalid', 'true');
    // The keyboard lands on the first field to fix.
    await expect(d.getByLabel('Expected hourly pay')).toBeFocused();

    // With those fixed, the session lengths are still the wrong way round.
    await d.getByLabel('Expected hourly pay').fill('9');
    await editors.planner.pickZone(d, 'New York', 'America/New_York');
    await editors.fillDays({ Tuesday: ['09:00', '17:00'] });
    await editors.savePlatform();
    await expect(d.getByText('The longest session is shorter than the shortest.')).toBeVisible();
    await expect(d.getByText('Expected hourly pay cannot be negative.')).toHaveCount(0);
    await page.screenshot({ path: info.outputPath('platform-editor-errors.png') });

    await d.getByRole('button', { name: 'Cancel' }).click();
    await expect(d.getByText(/No platforms yet/)).toBeVisible();
  });
});

test.describe('settings editor', () => {
  test('bad input is refused inline per field and nothing is saved', async ({ page }, info) => {
    const editors = new EditorsPage(page);
    await editors.planner.open(NOW);
    await editors.planner.startEmpty();
    await editors.openSettings();
    const d = editors.dialog;
    await expect(d.getByLabel('Daily cap (hours)')).toHaveValue('8');

    await d.getByRole('combobox', { name: 'Home time zone' }).fill('Mars/Olympus_Mons');
    await d.getByLabel('Daily cap (hours)').fill('-1');
    await d.getByLabel('Weekly cap (hours)').fill('-40');
    await d.getByLabel('Work before a break (minutes)', { exact: true }).fill('200');
    await editors.fillDays({ Monday: ['18:00', '08:00'] });
    await expect(d.getByText('Advanced: burnout rules')).toBeVisible();
    await d.getByText('Advanced: burnout rules').click();
    await d.getByLabel('Warn above (hours a day)').fill('12');
    await d.getByText('Advanced: burnout rules').click();
    await expect(d.getByLabel('Warn above (hours a day)')).toBeHidden();
    await editors.saveSettings();

    await expect(d.getByText(/“Mars\/Olympus_Mons” is not a time zone/)).toBeVisible();
    await expect(d.getByText('Daily cap cannot be negative.')).toBeVisible();
    await expect(d.getByText('Weekly cap cannot be negative.')).toBeVisible();
    await expect(d.getByText('Work before a break must be at most 120.')).toBeVisible();
    await expect(d.getByText('End must be after start.')).toBeVisible();
    // The folded rules open by themselves when one of them is wrong.
    await expect(
      d.getByText('The warning is above the strong warning for a long day.'),
    ).toBeVisible();
    await expect(d.getByText(/6 fields need fixing; nothing was saved/)).toBeVisible();
    await page.screenshot({ path: info.outputPath('settings-errors.png'), fullPage: true });

    await d.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTitle('Asia/Manila')).toBeVisible();
    await editors.openSettings();
    await expect(d.getByLabel('Daily cap (hours)')).toHaveValue('8');
    await expect(d.getByRole('combobox', { name: 'Home time zone' })).toHaveValue('Asia/Manila');
    await expect(d.getByLabel('Monday until')).toHaveValue('18:00');
  });

  test('home zone, 12-hour clock and week start re-draw the week', async ({ page }) => {
    const editors = new EditorsPage(page);
    await editors.planner.open(NOW);
    await editors.planner.startEmpty();
    await expect(page.getByTitle('Asia/Manila')).toContainText('Manila');
    await expect(editors.hourLabels).toContainText('13:00');
    await expect(editors.planner.weekTitle).toHaveText(/23.*29 Nov 2026/);

    await editors.openSettings();
    const d = editors.dialog;
    await editors.planner.pickZone(d, 'London', 'Europe/London');
    await d.getByRole('radio', { name: /12-hour/ }).check();
    await d.getByRole('radio', { name: 'Sunday' }).check();
    await d.getByLabel('Daily cap (hours)').fill('7.5');
    await editors.saveSettings();
    await expect(d).toBeHidden();

    await expect(page.getByTitle('Europe/London')).toContainText('London');
    await expect(editors.hourLabels).toContainText('1:00 PM');
    await expect(editors.hourLabels).not.toContainText('13:00');
    // 02:00 UTC on Monday is still Monday in London; the week now starts on Sunday the 22nd.
    await expect(editors.planner.weekTitle).toHaveText(/22.*28 Nov 2026/);

    await page.reload();
    await editors.openSettings();
    await expect(d.getByLabel('Daily cap (hours)')).toHaveValue('7.5');
    await expect(d.getByRole('radio', { name: /12-hour/ })).toBeChecked();
  });
});

test.describe('editors accessibility', () => {
  test('platform editor and settings have no serious or critical axe violations', async ({
    page,
  }, info) => {
    const editors = new EditorsPage(page);
    await editors.planner.open(NOW);
    await editors.loadSample();

    await editors.openPlatforms();
    await editors.expectAccessible(info, 'platform-list');
    await editors.platformItem('MTurk').getByRole('button', { name: 'Edit MTurk' }).click();
    await expect(editors.dialog.getByRole('heading', { name: 'Edit MTurk' })).toBeVisible();
    await editors.expectAccessible(info, 'platform-editor');
    await editors.fillPlatform({ rate: '-1' });
    await editors.savePlatform();
    await expect(editors.dialog.getByText('Expected hourly pay cannot be negative.')).toBeVisible();
    await editors.expectAccessible(info, 'platform-editor-errors');
    await editors.dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Escape');
    await expect(editors.dialog).toBeHidden();

    await editors.openSettings();
    await editors.expectAccessible(info, 'settings');
    await page.screenshot({ path: info.outputPath('settings.png') });
    await editors.dialog.getByText('Advanced: burnout rules').click();
    await expect(editors.dialog.getByText(/Source: WHO\/ILO joint estimates/)).toBeVisible();
    await editors.expectAccessible(info, 'settings-burnout-rules');
    await editors.dialog.getByRole('heading', { name: 'Very long weeks' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath('settings-burnout-rules.png') });
    // Esc closes the dialog.
    await page.keyboard.press('Escape');
    await expect(editors.dialog).toBeHidden();
  });
});

test.describe('deletes that fail', () => {
  test('are said in the dialog, and nothing is removed', async ({ page }) => {
    const editors = new EditorsPage(page);
    await editors.planner.open(NOW);
    await editors.loadSample();
    // Every delete in IndexedDB now fails, as on a disk that has gone read-only.
    await page.evaluate(() => {
      const fail = () => {
        throw new DOMException('The disk refused the change (simulated).', 'UnknownError');
      };
      IDBObjectStore.prototype.delete = fail;
      IDBCursor.prototype.delete = fail;
    });

    await editors.openPlatforms();
    const prolific = editors.platformItem('Prolific');
    await prolific.getByRole('button', { name: 'Delete Prolific' }).click();
    await prolific.getByRole('alert').getByRole('button', { name: 'Delete Prolific' }).click();
    await expect(editors.dialog.getByText('Prolific could not be deleted')).toBeVisible();
    await expect(prolific).toBeVisible();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Clients', exact: true }).click();
    const client = 'Acme Goods (New York)';
    await editors.dialog.getByRole('button', { name: `Delete ${client}` }).click();
    await editors.dialog
      .getByRole('alert')
      .getByRole('button', { name: `Delete ${client}` })
      .click();
    await expect(editors.dialog.getByText(`${client} could not be deleted`)).toBeVisible();
    await expect(editors.dialog.getByText(client, { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');

    const blocks = editors.planner.grid.getByTestId('block-commitment');
    const before = await blocks.count();
    // The first block's work has started: the commitment opens from its done / missed dialog.
    await blocks.first().getByRole('button').first().click();
    await editors.dialog.getByRole('button', { name: 'Edit commitment…' }).click();
    await editors.dialog.getByRole('button', { name: 'Delete…' }).click();
    await editors.dialog.getByRole('button', { name: 'Delete every occurrence' }).click();
    await expect(editors.dialog.getByRole('alert')).toContainText(
      'The commitment could not be deleted',
    );
    await page.keyboard.press('Escape');
    await expect(blocks).toHaveCount(before);
  });
});

test.describe('client and commitment editors', () => {
  test('say every invalid field at once and count them; nothing is saved until fixed', async ({
    page,
  }) => {
    const editors = new EditorsPage(page);
    const planner = editors.planner;
    await planner.open(NOW);
    await planner.startEmpty();

    await planner.openNewClient();
    const d = editors.dialog;
    await planner.fillClient({ name: ' ', zoneSearch: 'New York', zone: 'America/New_York' });
    await d.getByRole('combobox', { name: 'Time zone' }).fill('Mars/Olympus_Mons');
    await d.getByLabel('Hourly rate').fill('-5');
    await d.getByRole('button', { name: 'Save client' }).click();
    await expect(d.getByText('Name cannot be empty.')).toBeVisible();
    await expect(d.getByText(/“Mars\/Olympus_Mons” is not a time zone/)).toBeVisible();
    await expect(d.getByText('Hourly rate cannot be negative.')).toBeVisible();
    await expect(d.getByText('3 fields need fixing; nothing was saved.')).toBeVisible();
    await expect(d.getByLabel('Name', { exact: true })).toBeFocused();

    // Fixed, the client saves; then a commitment with three bad fields.
    await d.getByLabel('Name', { exact: true }).fill('Night Owl Ltd');
    await planner.pickZone(d, 'Los Angeles', 'America/Los_Angeles');
    await d.getByLabel('Hourly rate').fill('40');
    await d.getByRole('button', { name: 'Save client' }).click();
    await expect(d).toBeHidden();
    await page.getByRole('button', { name: '+ Commitment' }).click();
    await planner.fillCommitment({
      title: 'Sync',
      start: '08:00',
      durationMin: '',
      startsOn: '2026-11-24',
    });
    await d.getByLabel('Every N weeks').fill('0');
    await d.getByLabel(/^Skip dates/).fill('2026-12-25, 2026-13-01, 2026-02-30');
    await d.getByRole('button', { name: 'Save commitment' }).click();
    await expect(d.getByText('Duration must be a number.')).toBeVisible();
    await expect(d.getByText(/^Repeat every/)).toBeVisible();
    await expect(
      d.getByText('2026-13-01, 2026-02-30 are not real dates (yyyy-mm-dd).'),
    ).toBeVisible();
    await expect(d.getByText('3 fields need fixing; nothing was saved.')).toBeVisible();
    await d.getByRole('button', { name: 'Cancel' }).click();
    await expect(planner.grid.getByTestId('block-commitment')).toHaveCount(0);
  });
});

test.describe('the delete question for a client', () => {
  test('offers Archive instead, which keeps the client, tagged archived', async ({ page }) => {
    const editors = new EditorsPage(page);
    await editors.planner.open(NOW);
    await editors.loadSample();
    await page.getByRole('button', { name: 'Clients', exact: true }).click();
    const client = 'Acme Goods (New York)';
    await editors.dialog.getByRole('button', { name: `Delete ${client}` }).click();
    const question = editors.dialog.getByRole('alert');
    await expect(question).toContainText('Archive instead to keep the history.');
    await question.getByRole('button', { name: `Archive ${client}` }).click();
    await expect(editors.dialog.getByRole('alert')).toHaveCount(0);
    const row = editors.dialog.getByRole('listitem').filter({ hasText: client });
    await expect(row).toContainText('archived');
    // Asked again, an archived client is offered no second archive.
    await editors.dialog.getByRole('button', { name: `Delete ${client}` }).click();
    await expect(editors.dialog.getByRole('alert')).not.toContainText('Archive instead');
    await expect(
      editors.dialog.getByRole('alert').getByRole('button', { name: /^Archive / }),
    ).toHaveCount(0);
  });
});
