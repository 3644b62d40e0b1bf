import { describe, expect, it } from 'vitest';
import { BUILD_STATUSES, type BuildStatus } from '../builds/build';
import { PART_STATUSES, type PartStatus } from '../parts/enums';
import { LISTING_STATUSES, type ListingStatus } from '../sales/listings';
import { BUILD_ACTIONS, buildAction, buildStatusEdit, partStatusInBuild } from './builds';
import { LISTING_ACTIONS, listingAction } from './listings';
import { PART_ACTIONS, partAction, partStatusEdit, statusChangeRefusal } from './parts';
import type { Verdict } from './verdict';

/**
 * A table read as rows of cells: the first row names the columns, the first cell of each row names the row.
 * A cell is the status after the action, or the HTTP status of the refusal: 409 (CONFLICT), 422 (RULE_VIOLATION).
 */
function readTable(text: string): { columns: string[]; rows: [string, string[]][] } {
  const [header, ...lines] = text
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  return {
    columns: (header ?? []).slice(1),
    rows: lines.map(([row, ...cells]) => [row ?? '', cells]),
  };
}

const cellOf = (verdict: Verdict<string>): string => {
  if (verdict.ok) return verdict.to;
  return verdict.refusal.code === 'CONFLICT' ? '409' : '422';
};

/** Every (row, column) pair of the table against the rules; the table must hold exactly these rows and columns. */
function expectTable(
  text: string,
  rows: readonly string[],
  columns: readonly string[],
  rule: (row: string, column: string) => Verdict<string>,
) {
  const table = readTable(text);
  expect(table.columns).toEqual([...columns]);
  expect(table.rows.map(([row]) => row)).toEqual([...rows]);
  const actual = table.rows.map(([row]) => [row, columns.map((column) => cellOf(rule(row, column)))]);
  expect(actual).toEqual(table.rows);
}

describe('part status rules', () => {
  it('every action from every status', () => {
    expectTable(
      `
      status    add_to_build  take_out_of_build  draft_listing  list    sell  restock   delete
      in_stock  in_build      409                in_stock       listed  sold  409       in_stock
      testing   409           409                testing        listed  sold  409       testing
      in_build  409           in_stock           in_build       409     409   409       409
      listed    409           409                listed         listed  sold  409       409
      sold      409           409                409            409     409   in_stock  409
      rma       409           409                rma            409     409   409       rma
      archived  409           409                archived       409     409   409       archived
      `,
      PART_STATUSES,
      PART_ACTIONS,
      (status, action) =>
        partAction(
          { name: 'RTX 3070', status: status as PartStatus },
          action as (typeof PART_ACTIONS)[number],
        ),
    );
  });

  it('a part linked to a build is listed and sold only as the build', () => {
    const linked = { name: 'RTX 3070', status: 'listed' as const, inBuild: true };
    for (const action of ['list', 'sell'] as const) {
      expect(partAction(linked, action)).toEqual({
        ok: false,
        refusal: { code: 'CONFLICT', message: '“RTX 3070” is in a build: list or sell the build instead' },
      });
    }
  });

  it('every direct edit (edit form, bulk) from every status to every status', () => {
    expectTable(
      `
      from\\to   in_stock  testing  in_build  listed  sold  rma  archived
      in_stock  in_stock  testing  422       422     422   rma  archived
      testing   in_stock  testing  422       422     422   rma  archived
      in_build  409       409      in_build  422     422   409  409
      listed    409       409      422       listed  422   409  409
      sold      422       422      422       422     sold  422  422
      rma       in_stock  testing  422       422     422   rma  archived
      archived  in_stock  testing  422       422     422   rma  archived
      `,
      PART_STATUSES,
      PART_STATUSES,
      (from, to) => partStatusEdit('RTX 3070', from as PartStatus, to as PartStatus),
    );
    expect(statusChangeRefusal('RTX 3070', 'listed', 'in_stock')).toEqual({
      code: 'CONFLICT',
      message: '“RTX 3070” is listed: end its listings first',
    });
    expect(statusChangeRefusal('RTX 3070', 'testing', 'in_stock')).toBeNull();
  });
});

describe('build status rules', () => {
  const build = (status: string, partCount = 1) => ({
    name: 'Ryzen gamer',
    status: status as BuildStatus,
    partCount,
  });

  it('every action from every status, for a build with parts', () => {
    expectTable(
      `
      status      change_parts  part_out  draft_listing  list    sell  restock  delete
      planning    planning      planning  planning       listed  sold  409      planning
      assembling  assembling    planning  assembling     listed  sold  409      409
      ready       ready         planning  ready          listed  sold  409      409
      listed      409           409       listed         listed  sold  409      409
      sold        409           409       409            409     409   ready    409
      `,
      BUILD_STATUSES,
      BUILD_ACTIONS,
      (status, action) => buildAction(build(status), action as (typeof BUILD_ACTIONS)[number]),
    );
  });

  it('an empty build cannot be listed or sold, and can always be deleted', () => {
    expectTable(
      `
      status      list  sell  delete
      planning    422   422   planning
      assembling  422   422   assembling
      ready       422   422   ready
      listed      422   422   listed
      sold        409   409   sold
      `,
      BUILD_STATUSES,
      ['list', 'sell', 'delete'],
      (status, action) => buildAction(build(status, 0), action as (typeof BUILD_ACTIONS)[number]),
    );
  });

  it('every edit from every status to every status', () => {
    expectTable(
      `
      from\\to     planning  assembling  ready  listed  sold
      planning    planning  assembling  ready  422     422
      assembling  planning  assembling  ready  422     422
      ready       planning  assembling  ready  422     422
      listed      409       409         409    listed  422
      sold        409       409         409    422     sold
      `,
      BUILD_STATUSES,
      BUILD_STATUSES,
      (from, to) => buildStatusEdit('Ryzen gamer', from as BuildStatus, to as BuildStatus),
    );
  });

  it("a build's parts are listed and sold with it, and otherwise in the build", () => {
    expect(BUILD_STATUSES.map(partStatusInBuild)).toEqual([
      'in_build',
      'in_build',
      'in_build',
      'listed',
      'sold',
    ]);
  });
});

describe('listing status rules', () => {
  it('every action from every status', () => {
    expectTable(
      `
      status  activate  end    edit    delete  sell
      draft   active    ended  draft   draft   sold
      active  active    ended  active  409     sold
      sold    409       409    409     409     409
      ended   active    ended  ended   ended   sold
      `,
      LISTING_STATUSES,
      LISTING_ACTIONS,
      (status, action) => listingAction(status as ListingStatus, action as (typeof LISTING_ACTIONS)[number]),
    );
  });
});
