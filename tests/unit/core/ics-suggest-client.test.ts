/** The client an import is for: suggested from the zone, names and e-mail, with the reason. */
import { describe, expect, it } from 'vitest';
import { parseIcs, suggestClient } from '../../../src/core/ics';
import type { ImportPreview } from '../../../src/core/ics';
import { client } from '../fixtures/ics/plan';

function invitation(organizer: string, tzid = 'America/New_York', calName = ''): ImportPreview {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'METHOD:REQUEST',
    ...(calName ? [`X-WR-CALNAME:${calName}`] : []),
    'BEGIN:VEVENT',
    'UID:invite-1',
    'SUMMARY:Quarterly review',
    `ORGANIZER;${organizer}`,
    `DTSTART;TZID=${tzid}:20260310T100000`,
    'DURATION:PT1H',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const result = parseIcs(text, { homeZone: 'Europe/London' });
  if (!result.ok) throw new Error(result.error.message);
  return result.preview;
}

const london = client('london', 'Harbour Books', 'Europe/London');
const newYork = client('ny', 'Dana Studio', 'America/New_York');

describe('suggestClient', () => {
  it('suggests the New York client for a New York organizer, not the first client', () => {
    const p = invitation('CN=Sam Lee:mailto:sam@example.com');
    expect(suggestClient(p, [london, newYork])).toEqual({
      clientId: 'ny',
      reason: "Suggested because the events are in America/New_York, Dana Studio's zone.",
    });
  });

  it('prefers the organizer’s e-mail found in a client’s notes over the zone', () => {
    const p = invitation('CN=Sam Lee:mailto:Sam@Example.com');
    const noted = { ...london, notes: 'Contact: sam@example.com' };
    const s = suggestClient(p, [noted, newYork]);
    expect(s?.clientId).toBe('london');
    expect(s?.reason).toMatch(/e-mail sam@example.com is in Harbour Books's notes/);
  });

  it('matches an e-mail domain to a client’s name', () => {
    const p = invitation('CN=Sam:mailto:sam@harbourbooks.co.uk', 'Europe/Paris');
    expect(suggestClient(p, [newYork, london])?.reason).toMatch(/domain harbourbooks.co.uk/);
  });

  it('suggests nothing when two clients match equally, or none does', () => {
    const twin = client('ny2', 'Other NY', 'America/New_York');
    expect(suggestClient(invitation('CN=X:mailto:x@y.org'), [newYork, twin])).toBeNull();
    expect(suggestClient(invitation('CN=X:mailto:x@y.org', 'Asia/Tokyo'), [london])).toBeNull();
  });

  it('never suggests an archived client', () => {
    const archived = { ...newYork, archived: true };
    expect(suggestClient(invitation('CN=X:mailto:x@y.org'), [london, archived])).toBeNull();
  });
});
