import { describe, expect, it } from 'vitest';
import { actionText, changeLines, QUIET_ACTIONS } from './history-text';

describe('part history in words', () => {
  it('names the build, listing and sale a status change came with, not their internal field names', () => {
    const lines = changeLines({
      status: { from: 'in_stock', to: 'in_build' },
      buildId: { from: null, to: 12 },
    });
    expect(lines).toEqual([
      { field: 'Status', from: 'In stock', to: 'In a build' },
      { field: 'Build', from: 'none', to: 'build #12' },
    ]);
    expect(changeLines({ listingId: { from: null, to: 4 } })).toEqual([
      { field: 'Listing', from: 'none', to: 'listing #4' },
    ]);
    expect(changeLines({ saleId: { from: 9, to: null } })).toEqual([
      { field: 'Sale', from: 'sale #9', to: 'none' },
    ]);
  });

  it('says that a part came from a spreadsheet, with nothing more to list', () => {
    expect(actionText('import', {})).toBe('imported it from a spreadsheet');
    expect(QUIET_ACTIONS.has('import')).toBe(true);
  });

  it('still reads an action it does not know as words', () => {
    expect(actionText('part_out', {})).toBe('part out');
  });

  it('words a sale’s corrections, refunds and void: money, dates, platforms and the reason', () => {
    expect(
      changeLines({
        soldAt: { from: '2020-06-02', to: '2026-06-02' },
        priceCents: { from: 82_000, to: 80_000 },
        platform: { from: 'local', to: 'facebook_marketplace' },
        voidReason: { from: null, to: 'Entered twice' },
      }),
    ).toEqual([
      { field: 'Sale date', from: 'Jun 2, 2020', to: 'Jun 2, 2026' },
      { field: 'Price', from: '$820.00', to: '$800.00' },
      { field: 'Platform', from: 'Local sale', to: 'Facebook Marketplace' },
      { field: 'Reason', from: 'none', to: 'Entered twice' },
    ]);
    expect(actionText('refund', {})).toBe('recorded a refund');
    expect(actionText('void', {})).toBe('voided it');
  });
});

describe('account history in words', () => {
  it('says what happened to the email, the password and the sessions, with field names a person reads', () => {
    expect(actionText('password_change', {})).toBe('changed the password');
    expect(actionText('email_change', {})).toBe('changed the sign-in email');
    expect(actionText('sign_out_session', {})).toBe('signed a session out');
    expect(actionText('sign_out_others', {})).toBe('signed out everywhere else');
    expect(actionText('sign_out_everywhere', {})).toBe('signed out everywhere');
    expect(
      changeLines({
        email: { from: 'old@example.com', to: 'new@example.com' },
        timezone: { from: 'UTC', to: 'Europe/Paris' },
        otherSessions: { from: 'signed in', to: 'signed out' },
      }),
    ).toEqual([
      { field: 'Email', from: 'old@example.com', to: 'new@example.com' },
      { field: 'Time zone', from: 'UTC', to: 'Europe/Paris' },
      { field: 'Other sessions', from: 'signed in', to: 'signed out' },
    ]);
  });
});
