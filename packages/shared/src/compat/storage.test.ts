import { describe, expect, it } from 'vitest';
import { BOARD, DRIVE } from './fixtures.test-data';
import { edited, findings, times, unverified } from './helpers.test-data';

describe('STORAGE_M2_SLOTS', () => {
  it('fires for more M.2 drives than slots, NVMe and M.2 SATA alike', () => {
    const [finding] = findings(
      [BOARD.b450Tomahawk, DRIVE.samsung990Pro, DRIVE.crucialP3Plus],
      'STORAGE_M2_SLOTS',
    );
    expect(finding).toEqual({
      code: 'STORAGE_M2_SLOTS',
      severity: 'error',
      message:
        '2 M.2 drives (the Samsung 990 Pro and the Crucial P3 Plus) need 2 M.2 slots; the MSI B450 TOMAHAWK MAX has 1.',
      partIds: ['internal-hard-drive-00001', 'internal-hard-drive-00002', 'motherboard-00147'],
    });
    expect(
      findings([BOARD.b450Tomahawk, DRIVE.samsung990Pro, DRIVE.teamMs30], 'STORAGE_M2_SLOTS'),
    ).toHaveLength(1);
  });

  it('does not fire when the M.2 drives fit; 2.5"/3.5" drives do not count', () => {
    expect(
      findings([BOARD.b450Tomahawk, DRIVE.samsung990Pro, DRIVE.samsung870Evo], 'STORAGE_M2_SLOTS'),
    ).toEqual([]);
    const three = [BOARD.msiZ690aDdr4, DRIVE.samsung990Pro, times(DRIVE.crucialP3Plus, 2)];
    expect(findings(three, 'STORAGE_M2_SLOTS')).toEqual([]);
  });

  it('reports UNVERIFIED for a board of unknown slot count, as for every catalog board', () => {
    const [info] = unverified([BOARD.msiZ690a, DRIVE.samsung990Pro], 'STORAGE_M2_SLOTS');
    expect(info?.missing).toEqual(['motherboard.m2Slots']);
    expect(info?.message).toBe(
      'Could not check that the M.2 drives fit the motherboard’s M.2 slots: unknown number of M.2 slots of the MSI PRO Z690-A.',
    );
    // Nothing to verify without M.2 drives.
    expect(unverified([BOARD.msiZ690a, DRIVE.barracuda], 'STORAGE_M2_SLOTS')).toEqual([]);
  });

  it('reports UNVERIFIED for an NVMe drive of unknown form factor only when it could overflow', () => {
    const nvme = edited(DRIVE.crucialP3Plus, { formFactor: null });
    const tight = [BOARD.b450Tomahawk, DRIVE.samsung990Pro, nvme];
    expect(findings(tight, 'STORAGE_M2_SLOTS')).toEqual([]);
    expect(unverified(tight, 'STORAGE_M2_SLOTS')[0]?.missing).toEqual(['storage.formFactor']);
    expect(unverified([BOARD.msiZ690aDdr4, DRIVE.samsung990Pro, nvme], 'STORAGE_M2_SLOTS')).toEqual([]);
  });
});

describe('STORAGE_SATA_PORTS', () => {
  it('fires for more SATA drives than ports', () => {
    const items = [BOARD.b450mApro, times(DRIVE.barracuda, 3), times(DRIVE.samsung870Evo, 2)];
    const [finding] = findings(items, 'STORAGE_SATA_PORTS');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe(
      '5 SATA drives (3 × Seagate Barracuda Compute and 2 × Samsung 870 Evo) need 5 SATA ports; the MSI B450M-A PRO MAX II has 4.',
    );
  });

  it('does not count M.2 SATA or NVMe drives', () => {
    const items = [BOARD.b450mApro, times(DRIVE.barracuda, 3), DRIVE.samsung870Evo, DRIVE.teamMs30];
    expect(findings(items, 'STORAGE_SATA_PORTS')).toEqual([]);
    expect(findings(items, 'STORAGE_M2_SLOTS')).toEqual([]);
  });

  it('reports UNVERIFIED for an unknown port count or a drive of unknown interface', () => {
    expect(unverified([BOARD.b550Tomahawk, DRIVE.barracuda], 'STORAGE_SATA_PORTS')[0]?.missing).toEqual([
      'motherboard.sataPorts',
    ]);
    const mystery = edited(DRIVE.samsung870Evo, { bus: null });
    const items = [BOARD.b450mApro, times(DRIVE.barracuda, 4), mystery];
    expect(findings(items, 'STORAGE_SATA_PORTS')).toEqual([]);
    expect(unverified(items, 'STORAGE_SATA_PORTS')[0]?.missing).toEqual(['storage.bus']);
  });
});
