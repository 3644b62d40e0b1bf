import type { CatalogPart, Confidence } from '@partwise/shared';
import { describe, expect, it } from 'vitest';
import { mergeReadings, proposalsFrom } from './deals.assistant';
import type { MatchedItem } from './deals.match';

const LISTING = 'Office PC i5-6600k, 980ti, 16gb ddr4 ram, 1tb nvme, corsair 750 gold - $250';
const answer = (items: unknown[]) => JSON.stringify({ items });

describe("reading the model's parts against the listing", () => {
  it('reads the name again with the parser, and keeps only the specs the listing states', () => {
    const read = proposalsFrom(
      answer([
        { category: 'gpu', name: 'GTX 980 Ti', words: '980ti', replaces: null },
        {
          category: 'psu',
          name: 'Corsair 750 W Gold',
          words: 'corsair 750 gold',
          replaces: null,
          wattageW: 750,
          efficiency: 'Gold',
        },
        {
          category: 'storage',
          name: '1 TB NVMe SSD',
          words: '1tb nvme',
          replaces: 4,
          capacityGb: 1000,
          bus: 'NVMe',
        },
        {
          category: 'memory',
          name: '16 GB DDR4',
          words: '16gb ddr4 ram',
          replaces: 3,
          memoryType: 'ddr4',
          speedMts: 3200,
        },
      ]),
      LISTING,
    );
    expect(
      read?.proposals.map((p) => [p.item.category, p.item.name, p.item.query, p.item.specs, p.replaces]),
    ).toEqual([
      ['gpu', 'GTX 980 Ti', 'gtx 980 ti', { chipset: 'GeForce GTX 980 Ti' }, null],
      ['psu', '750 W Gold power supply', '750w gold', { wattageW: 750, efficiency: 'gold' }, null],
      ['storage', '1 TB NVMe SSD', '1tb nvme', { kind: 'ssd', capacityGb: 1000, bus: 'nvme' }, 3],
      [
        'memory',
        '16 GB DDR4',
        '16gb ddr4',
        { memoryType: 'DDR4', totalGb: 16, speedMts: null, modules: null, moduleGb: null },
        2,
      ],
    ]);
    expect(read?.ignored).toEqual([
      { name: '16 GB DDR4', reason: 'Its speed (3200) is not in the listing: left out.' },
    ]);
  });

  it('leaves out a part it cannot use, and keeps the others', () => {
    const read = proposalsFrom(
      `Here you go: ${answer([
        { category: 'monitor', name: 'Dell 24"', words: 'Office PC' },
        { category: 'gpu', name: 'GTX 980 Ti', words: '980ti' },
      ])}`,
      LISTING,
    );
    expect(read?.proposals.map((p) => p.item.name)).toEqual(['GTX 980 Ti']);
    expect(read?.ignored).toEqual([
      { name: 'Dell 24"', reason: 'It is not a part the deal check understands.' },
    ]);
  });

  it('refuses an answer that is not the JSON asked for', () => {
    expect(proposalsFrom('The listing has a 980 Ti.', LISTING)).toBeNull();
    expect(proposalsFrom('{"parts": []}', LISTING)).toBeNull();
    expect(proposalsFrom('{"items": [', LISTING)).toBeNull();
  });
});

const part = (id: string, name: string) => ({ id, name }) as CatalogPart;
const matched = (
  name: string,
  source: string,
  matchConfidence: Confidence,
  catalog: CatalogPart | null = null,
  origin: MatchedItem['origin'] = 'parser',
): MatchedItem => ({ category: 'gpu', name, source, origin, specs: {}, catalog, matchConfidence });

describe('merging the readings', () => {
  const parser = [
    matched('RTX 3070', 'rtx 3070', 'high', part('g1', 'EVGA RTX 3070')),
    matched('RX 580', 'rx580', 'medium', part('g2', 'RX 570')),
    matched('GT 710', 'gt 710', 'low'),
  ];

  it('replaces a weak match only with a surer one, a sure one never', () => {
    const merged = mergeReadings(
      parser,
      [
        {
          item: matched('RTX 3070 Ti', 'rtx 3070', 'high', part('g9', 'RTX 3070 Ti'), 'assistant'),
          replaces: 0,
        },
        { item: matched('RX 580 8GB', 'rx580', 'medium', part('g3', 'RX 590'), 'assistant'), replaces: 1 },
        { item: matched('GT 710 2GB', 'gt 710', 'medium', part('g4', 'GT 710'), 'assistant'), replaces: 2 },
        { item: matched('GT 710 1GB', 'gt 710', 'high', part('g5', 'GT 710'), 'assistant'), replaces: 2 },
        { item: matched('Nothing', 'x', 'high', null, 'assistant'), replaces: 7 },
      ],
      [],
    );
    expect(merged.items.map((i) => [i.name, i.origin])).toEqual([
      ['RTX 3070', 'parser'],
      ['RX 580', 'parser'],
      ['GT 710 2GB', 'assistant'],
    ]);
    expect(merged.ignored.map((i) => i.name)).toEqual(['RTX 3070 Ti', 'RX 580 8GB', 'GT 710 1GB', 'Nothing']);
  });

  it('adds a part only for words left unread, once, and those words leave the unread list', () => {
    const merged = mergeReadings(
      parser,
      [
        {
          item: matched('Arc A770', 'Intel Arc A770', 'high', part('g6', 'Arc A770'), 'assistant'),
          replaces: null,
        },
        { item: matched('Arc A770', 'a770', 'high', part('g6', 'Arc A770'), 'assistant'), replaces: null },
        {
          item: matched('RTX 3070', 'rtx 3070', 'high', part('g1', 'EVGA RTX 3070'), 'assistant'),
          replaces: null,
        },
      ],
      ['intel', 'arc', 'a770', 'dongle'],
    );
    expect(merged.items.map((i) => i.name)).toEqual(['RTX 3070', 'RX 580', 'GT 710', 'Arc A770']);
    expect(merged.unmatched).toEqual(['dongle']);
    expect(merged.ignored).toEqual([
      { name: 'Arc A770', reason: 'The parser already read “a770”.' },
      { name: 'RTX 3070', reason: 'The parser already read “rtx 3070”.' },
    ]);
  });
});
