/**
 * Money a worker can act on (issue 15), as a new user: a virtual assistant in Manila paid in US
 * dollars, pounds and Australian dollars sees one total in pesos, the currency without a rate
 * named until its rate is entered, and a retainer that goes over its included hours.
 */
import { expect, test } from '@playwright/test';
import { MoneyPage } from './pages/money';

// Monday 2 March 2026, 10:00 in Manila.
const NOW = '2026-03-02T02:00:00Z';
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

// The hand computation the panel must match (a retainer counts its fee's month share a week):
//   Acme Store, retainer $800 a month: 800 × 12 / 52 = $184.62 → × 58.20 = ₱10,744.88
//   Northlight, £20/h × 3 × 2 h = £120                          → × 73.10 = ₱8,772.00
//   Harbour,    A$17/h × 1 × 2 h = A$34                         → × 38.25 = ₱1,300.50
//   one total: ₱20,817.38 (₱19,516.88 while AUD has no rate).
// Acme's March in New York: 22 weekdays from 2 March × 2 h = 44 h against 20 h included,
// 24 h over at $45 = $1,080.

test('one total in pesos from three currencies, and a retainer that goes over', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  const money = new MoneyPage(page);
  const { planner, editors } = money;
  await planner.open(NOW);
  await planner.startEmpty();

  // Bad rates are refused inline, every one at once, and nothing is saved.
  await editors.openSettings();
  await money.setCurrency('PHP');
  await money.addRate('USD', '0');
  await money.addRate('XYZ', '5');
  await money.addRate('PHP', '1');
  await money.addRate('GBP', '-3');
  await money.addRate('gbp', 'abc');
  await editors.saveSettings();
  const d = money.dialog;
  await expect(d.getByText('A rate must be above zero.')).toBeVisible();
  await expect(d.getByText('“XYZ” is not a currency code this computer knows.')).toBeVisible();
  await expect(d.getByText('PHP is your own currency: it needs no rate.')).toBeVisible();
  await expect(d.getByText('A rate cannot be negative.')).toBeVisible();
  await expect(d.getByText('GBP has a rate already.')).toBeVisible();
  await expect(d.getByText('Enter the rate as a number, such as 58.20.')).toBeVisible();
  await page.screenshot({ path: info.outputPath('rates-errors.png'), fullPage: true });
  await d.getByRole('button', { name: 'Cancel' }).click();
  await expect(d).toBeHidden();
  await editors.openSettings();
  await expect(d.getByTestId('rates-section').getByText('No rates yet.')).toBeVisible();

  // The worker's currency and two of the three rates.
  await money.setCurrency('PHP');
  await d.getByLabel('Weekly income target').fill('25000');
  await money.addRate('USD', '58.20');
  await money.addRate('GBP', '73.10');
  await editors.saveSettings();
  await expect(d).toBeHidden();

  // Three clients in their own currencies, with their regular work.
  await money.addClient(
    { name: 'Acme Store', zoneSearch: 'New York', zone: 'America/New_York' },
    { kind: 'retainer', fee: '800', included: '20', overage: '45' },
    'USD',
  );
  await money.addClient(
    { name: 'Northlight Agency', zoneSearch: 'London', zone: 'Europe/London' },
    { kind: 'hourly', rate: '20' },
    'GBP',
  );
  await money.addClient(
    { name: 'Harbour Coaching', zoneSearch: 'Sydney', zone: 'Australia/Sydney' },
    { kind: 'hourly', rate: '17' },
    'AUD',
  );
  await planner.addCommitment({
    client: 'Acme Store (New York)',
    title: 'Acme inbox',
    kind: 'Work block',
    weekdays: WEEKDAYS,
    start: '09:00',
    durationMin: '120',
    startsOn: '2026-03-02',
  });
  await planner.addCommitment({
    client: 'Northlight Agency (London)',
    title: 'Northlight socials',
    kind: 'Work block',
    weekdays: ['Mon', 'Tue', 'Wed'],
    start: '09:00',
    durationMin: '120',
    startsOn: '2026-03-02',
  });
  await planner.addCommitment({
    client: 'Harbour Coaching (Sydney)',
    title: 'Harbour bookkeeping',
    kind: 'Work block',
    weekdays: ['Tue'],
    start: '09:00',
    durationMin: '120',
    startsOn: '2026-03-02',
  });

  // Without an AUD rate the total leaves the Australian dollars out, and says so.
  await expect(money.total).toHaveText('₱19,516.88');
  await expect(money.panel.getByTestId('income-rate-notes')).toContainText(
    'Left out of the total: AUD, with no exchange rate into PHP.',
  );
  await expect(money.currencyLine('AUD')).toContainText('A$34');
  await expect(money.currencyLine('AUD')).toContainText('no rate');
  await money.shootMoney(info.outputPath('income-missing-rate-light.png'));

  // With it: one total in pesos, each amount in its own currency too.
  await editors.openSettings();
  await money.addRate('AUD', '38.25');
  await editors.saveSettings();
  await expect(d).toBeHidden();
  await expect(money.total).toHaveText('₱20,817.38');
  await expect(money.panel.getByTestId('income-rate-notes')).toHaveCount(0);
  await expect(money.currencyLine('USD')).toHaveText(/\$184\.62\s*₱10,744\.88/);
  await expect(money.currencyLine('GBP')).toHaveText(/£120\s*₱8,772/);
  await expect(money.currencyLine('AUD')).toHaveText(/A\$34\s*₱1,300\.50/);
  await expect(money.panel.getByTestId('income-target')).toHaveText('₱20,817.38 of ₱25,000');
  await expect(money.panel.getByText('₱4,182.62 to go.')).toBeVisible();

  // The retainer's March, in New York: over its included hours, with the overage.
  const acme = money.retainer('Acme Store');
  await expect(acme).toContainText('44 h of 20 h');
  await expect(acme.getByTestId('retainer-over')).toHaveText(
    'The plan goes 24 h over the 20 h included: $1,080 of overage this month.',
  );
  await expect(money.retainer('Northlight')).toHaveCount(0);
  await money.expectAccessible('aside');
  await money.shootMoney(info.outputPath('income-light.png'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await money.shootMoney(info.outputPath('income-dark.png'));
  await money.expectAccessible('aside');

  // The client list says the same.
  await page.getByRole('button', { name: 'Clients', exact: true }).click();
  const month = d.getByTestId('client-retainer-month');
  await expect(month).toHaveCount(1);
  await expect(month).toContainText('This month: 44 h of 20 h done and planned');
  await expect(month).toContainText('$1,080 of overage this month.');
  await money.expectAccessible('dialog');
  await page.screenshot({ path: info.outputPath('client-list-dark.png') });
  await page.keyboard.press('Escape');

  // The rates in the settings, each with the day it was set.
  await editors.openSettings();
  await expect(money.rateRows).toHaveCount(3);
  await expect(money.rateRows.first()).toContainText('Set 2 Mar 2026');
  await money.expectAccessible('dialog');
  await d.getByTestId('rates-section').scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('rates-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: info.outputPath('rates-light.png') });

  await d.getByRole('button', { name: 'Cancel' }).click();
  await expect(d).toBeHidden();

  // Five weeks later every rate is older than 30 days: flagged in the panel and the settings.
  await page.clock.setFixedTime(new Date('2026-04-06T02:00:00Z'));
  await page.reload();
  await expect(planner.weekTitle).toHaveText(/6.*12 Apr 2026/);
  await expect(money.panel.getByTestId('income-rate-notes')).toHaveText(
    'The AUD, GBP, USD rates are older than 30 days: check them in Settings.',
  );
  await expect(money.currencyLine('GBP')).toContainText('old rate');
  await editors.openSettings();
  await expect(money.rateRows.getByText('older than 30 days')).toHaveCount(3);
  await d.getByTestId('rates-section').scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('rates-stale.png') });
});
