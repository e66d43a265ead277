/**
 * The import preview's all-day events: each is offered as time off, and the user says whose it
 * is (the chosen client's, their own) or skips it, one by one or all at once.
 */
import type { TimeOffOffer } from '../../../../core/ics';
import { formatLongDay } from '../../format';

/** What to do with one all-day event. */
export type OfferChoice = 'client' | 'worker' | 'skip';

const CHOICES: readonly { id: OfferChoice; label: string }[] = [
  { id: 'client', label: 'This client’s time off' },
  { id: 'worker', label: 'My time off' },
  { id: 'skip', label: 'Skip' },
];

type Props = {
  offers: readonly TimeOffOffer[];
  choices: readonly OfferChoice[];
  clientName: string | null;
  onChange: (choices: OfferChoice[]) => void;
};

function days(o: TimeOffOffer): string {
  return o.startDate === o.endDate
    ? formatLongDay(o.startDate)
    : `${formatLongDay(o.startDate)} – ${formatLongDay(o.endDate)}`;
}

/** The list of all-day events with a choice each, and one to set them all. */
export function TimeOffOffers({ offers, choices, clientName, onChange }: Props) {
  if (offers.length === 0) return null;
  const label = (c: OfferChoice) =>
    c === 'client' && clientName
      ? `${clientName}’s time off`
      : CHOICES.find((x) => x.id === c)?.label;
  const select = (value: OfferChoice, onPick: (c: OfferChoice) => void, name: string) => (
    <select
      aria-label={name}
      value={value}
      onChange={(e) => {
        const picked = CHOICES.find((c) => c.id === e.target.value);
        if (picked) onPick(picked.id);
      }}
    >
      {CHOICES.map((c) => (
        <option key={c.id} value={c.id}>
          {label(c.id)}
        </option>
      ))}
    </select>
  );
  const all = choices.every((c) => c === choices[0]) ? (choices[0] ?? 'skip') : 'skip';
  return (
    <section className="stack" aria-label="All-day events">
      <p>
        <strong>
          {offers.length} all-day event{offers.length === 1 ? '' : 's'}
        </strong>{' '}
        (holidays, days away): whose time off is each?{' '}
        {select(all, (c) => onChange(offers.map(() => c)), 'All all-day events')}
      </p>
      <ul className="import-list" aria-label="All-day events in the file">
        {offers.map((o, i) => (
          <li key={`${o.icsUid}-${i}`} data-testid="time-off-offer">
            <span>
              <strong>{o.label || '(untitled)'}</strong> · {days(o)}{' '}
              {select(
                choices[i] ?? 'skip',
                (c) => onChange(choices.map((old, j) => (j === i ? c : old))),
                `${o.label || 'Untitled'}, ${days(o)}`,
              )}
            </span>
            {o.notices.map((n) => (
              <span key={n} className="small muted line-block">
                {n}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
