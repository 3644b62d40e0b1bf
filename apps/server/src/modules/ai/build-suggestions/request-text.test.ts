import { describe, expect, it } from 'vitest';
import { fromModel, partNamed, readWithRules } from './request-text';

const stock = [
  { id: 7, name: 'NVIDIA GeForce RTX 3070 Founders Edition' },
  { id: 9, name: 'AMD Ryzen 5 5600X' },
  { id: 3, name: 'EVGA RTX 3070 XC3' },
];

describe('reading a build request without a model', () => {
  it('reads the issue example: target price, use case and the part to use', () => {
    expect(readWithRules('1440p gaming PC to sell around $900 using my 3070', stock)).toEqual({
      targetPriceCents: 90_000,
      useCase: 'gaming',
      mustInclude: [3],
    });
  });

  it('tells a budget and a purchase budget from the target price', () => {
    expect(
      readWithRules(
        'Office PC with my Ryzen 5 5600X, budget $600, buy parts up to $150.50, sell for 1.2k dollars',
        stock,
      ),
    ).toEqual({
      budgetCents: 60_000,
      purchaseBudgetCents: 15_050,
      targetPriceCents: 120_000,
      useCase: 'office',
      allowPurchases: true,
      mustInclude: [9],
    });
  });

  it('does not allow purchases when told not to buy, and ignores parts it cannot find', () => {
    expect(readWithRules("workstation, don't buy anything, using my Radeon 7900", stock)).toEqual({
      useCase: 'workstation',
      allowPurchases: false,
    });
  });

  it('matches a name only when it holds every word', () => {
    expect(partNamed('rtx 3070 founders', stock)).toBe(7);
    expect(partNamed('rtx 4090', stock)).toBeNull();
  });
});

describe("reading the model's answer", () => {
  it('takes valid JSON in dollars and turns it into cents and part ids', () => {
    const answer =
      'Here: {"targetPriceDollars": 899.99, "useCase": "gaming", "mustIncludeParts": ["3070 XC3"], "allowPurchases": null}';
    expect(fromModel(answer, stock)).toEqual({
      targetPriceCents: 89_999,
      useCase: 'gaming',
      mustInclude: [3],
    });
  });

  it('refuses an answer that is not the expected shape', () => {
    expect(fromModel('{"targetPriceDollars": "cheap"}', stock)).toBeNull();
    expect(fromModel('{"useCase": "mining"}', stock)).toBeNull();
    expect(fromModel('no json here', stock)).toBeNull();
  });
});
