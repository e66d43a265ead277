import { describe, expect, it } from 'vitest';
import {
  emptyAccountForm,
  formToAccount,
  isLoopbackHost,
  serverUrlProblem,
  subscriptionUrlProblem,
} from '../../../src/renderer/src/features/sync/sync-account-form';

describe('sync account form', () => {
  it('starts empty, password included', () => {
    expect(emptyAccountForm()).toEqual({ serverUrl: '', username: '', password: '' });
  });

  it('reports every invalid field at once', () => {
    const checked = formToAccount({
      serverUrl: 'http://cloud.example.com',
      username: ' ',
      password: '',
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['password', 'serverUrl', 'username']);
    expect(checked.errors.serverUrl).toMatch(/https/);
  });

  it('accepts an https server and trims what may be trimmed, never the password', () => {
    const checked = formToAccount({
      serverUrl: ' https://cloud.example.com/remote.php/dav ',
      username: ' ana ',
      password: ' secret ',
    });
    expect(checked).toEqual({
      ok: true,
      value: {
        serverUrl: 'https://cloud.example.com/remote.php/dav',
        username: 'ana',
        password: ' secret ',
      },
    });
  });

  it.each([
    ['http://127.0.0.1:5232/', null],
    ['http://localhost:5232/', null],
    ['http://[::1]:5232/', null],
    ['http://127.1:5232/', null],
    ['https://caldav.fastmail.com/', null],
    ['http://192.168.1.2/', /https/],
    ['http://127.0.0.1.example.com/', /https/],
    ['http://localhost.example.com/', /https/],
    ['ftp://example.com/', /https/],
    ['webcal://example.com/', /https/],
    ['cloud.example.com', /not a web address/],
    ['', /Enter the address/],
    ['https://ana:pw@example.com/', /own boxes/],
  ])('server address %s', (url, expected) => {
    const problem = serverUrlProblem(url);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('knows loopback hosts by name and address only', () => {
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('127.255.0.1')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.evil.com')).toBe(false);
  });

  it.each([
    ['https://calendar.google.com/calendar/ical/x/basic.ics', null],
    ['webcal://example.com/cal.ics', null],
    ['http://example.com/cal.ics', /https:\/\/ or webcal/],
    ['javascript:alert(1)', /https:\/\/ or webcal/],
    ['nonsense', /not a web address/],
    ['  ', /Paste/],
  ])('subscription address %s', (url, expected) => {
    const problem = subscriptionUrlProblem(url);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
