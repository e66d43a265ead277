import { describe, expect, it } from 'vitest';
import { parseTimeText, showTimeText } from '../../../src/renderer/src/components/time-text';

describe('a typed time', () => {
  it.each([
    ['21:30', '21:30'],
    ['9:30', '09:30'],
    ['09:05', '09:05'],
    ['930', '09:30'],
    ['2130', '21:30'],
    ['9', '09:00'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    ['9:30 pm', '21:30'],
    ['9:30PM', '21:30'],
    ['9pm', '21:00'],
    ['9 a.m.', '09:00'],
    ['12 am', '00:00'],
    ['12:15 pm', '12:15'],
    ['  7:45 am ', '07:45'],
    ['21.30', '21:30'],
  ])('“%s” is %s', (text, time) => {
    expect(parseTimeText(text)).toBe(time);
  });

  it.each(['', '24:00', '25', '9:60', '13 pm', '0 am', 'noon', '9:3', '9:30 xm', '1:2:3'])(
    '“%s” is not a time',
    (text) => {
      expect(parseTimeText(text)).toBeNull();
    },
  );

  it('is shown in the clock style, and text that is not a time as typed', () => {
    expect(showTimeText('21:30', '24h')).toBe('21:30');
    expect(showTimeText('21:30', '12h')).toBe('9:30 PM');
    expect(showTimeText('00:00', '12h')).toBe('12:00 AM');
    expect(showTimeText('9:3', '12h')).toBe('9:3');
    // What a 12-hour user types reads back as the same time.
    for (const time of ['00:00', '09:05', '12:00', '12:30', '23:59']) {
      expect(parseTimeText(showTimeText(time, '12h'))).toBe(time);
    }
  });
});
