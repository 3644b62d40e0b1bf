import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FEES, formatCents, type PartCreate, rateOf, suggestListingPrice } from '@partwise/shared';
import { OLLAMA_URL } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createPart, getPart } from './parts-api';

const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
const money = (cents: number) => formatCents(cents, 'USD', 'en-US');

const REQUEST = 'Gaming PC to sell around $900 using my RTX 3060';
const RATIONALE = 'Expected profit $180.00, every part from your own stock.';
/**
 * The fake Ollama's answers for this flow, each taken only by the call whose prompt holds its `when` (other
 * flows share the fake): the reading of the request, the options' rationales, then the listing draft.
 */
const ANSWERS = [
  {
    when: REQUEST,
    text: JSON.stringify({ targetPriceDollars: 900, useCase: 'gaming', mustIncludeParts: ['RTX 3060'] }),
    inputTokens: 210,
    outputTokens: 40,
  },
  {
    when: 'Target sale price: $900.00',
    text: JSON.stringify({
      rationales: [RATIONALE, 'Expected profit $172.00 with the cheaper Crucial P3 Plus.'],
    }),
    inputTokens: 530,
    outputTokens: 60,
  },
  {
    when: 'Record:\nSuggested build: ',
    text: JSON.stringify({
      title: 'Gaming PC AMD Ryzen 5 7600X RTX 3060',
      description: 'Gaming PC: AMD Ryzen 5 7600X with an MSI GeForce RTX 3060 12GB. Fully tested',
    }),
    inputTokens: 400,
    outputTokens: 50,
  },
];

/** A complete AM5 build in stock, a cheaper drive for an alternative, and an AM4 board that fits nothing. */
const STOCK: PartCreate[] = [
  {
    name: 'AMD Ryzen 5 7600X',
    category: 'cpu',
    specs: { socket: 'AM5', integratedGraphics: true },
    costCents: 10_000,
    expectedPriceCents: 15_000,
  },
  {
    name: 'Asus PRIME B650-PLUS',
    category: 'motherboard',
    specs: { socket: 'AM5', memoryType: 'DDR5', formFactor: 'ATX' },
    costCents: 8_000,
    expectedPriceCents: 10_000,
  },
  {
    name: 'MSI B550 TOMAHAWK',
    category: 'motherboard',
    specs: { socket: 'AM4', memoryType: 'DDR4', formFactor: 'ATX' },
    costCents: 1_000,
    expectedPriceCents: 20_000,
  },
  {
    name: 'Corsair Vengeance 32 GB DDR5',
    category: 'memory',
    specs: { memoryType: 'DDR5', modules: 2, moduleGb: 16 },
    costCents: 5_000,
    expectedPriceCents: 7_000,
  },
  { name: 'Samsung 990 Pro', category: 'storage', specs: {}, costCents: 3_000, expectedPriceCents: 4_000 },
  { name: 'Crucial P3 Plus', category: 'storage', specs: {}, costCents: 1_000, expectedPriceCents: 1_200 },
  { name: 'MSI GeForce RTX 3060', category: 'gpu', specs: {}, costCents: 20_000, expectedPriceCents: 26_000 },
  {
    name: 'MSI MAG A650BN',
    category: 'psu',
    specs: { wattageW: 650 },
    costCents: 4_000,
    expectedPriceCents: 5_000,
  },
  { name: 'Corsair 4000D Airflow', category: 'case', specs: {}, costCents: 5_000, expectedPriceCents: 5_500 },
  {
    name: 'Cooler Master Hyper 212',
    category: 'cooler',
    specs: {},
    costCents: 2_000,
    expectedPriceCents: 2_500,
  },
];

test('asks the assistant for a build, accepts it, and drafts its listing with the suggested price', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
  const parts = [];
  for (const body of STOCK) parts.push(await createPart(page, body));
  const scripted = await request.post(`${OLLAMA_URL}/_fake/answers`, { data: ANSWERS });
  expect(scripted.status()).toBe(204);

  await page.goto('/builds');
  await page.getByRole('button', { name: 'Suggest a build' }).click();
  const dialog = page.getByRole('dialog', { name: 'Suggest a build' });
  await dialog.getByLabel('What to build').fill(REQUEST);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SHOTS, 'build-suggestions-request-light-390.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await dialog.getByRole('button', { name: 'Suggest builds' }).click();

  // The model read the words; the structured request it ran on is shown back.
  await expect(dialog.getByText('Read by the assistant')).toContainText(
    'sell for about $900.00 · gaming · 1 of your parts must be in',
  );
  const best = dialog.getByRole('article', { name: 'Option 1' });
  await expect(best).toContainText('+$180.00');
  await expect(best).toContainText('From stock (8)');
  await expect(best).toContainText(RATIONALE);
  await expect(best).not.toContainText('MSI B550 TOMAHAWK');
  const second = dialog.getByRole('article', { name: 'Option 2' });
  await expect(second).toContainText('Crucial P3 Plus');
  await expect(second).toContainText('Expected profit $172.00 with the cheaper Crucial P3 Plus.');

  for (const [theme, width, height] of [
    ['light', 1280, 800],
    ['dark', 1280, 800],
    ['light', 390, 844],
    ['dark', 390, 844],
  ] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(SHOTS, `build-suggestions-${theme}-${width}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });

  await best.getByRole('button', { name: 'Build option 1' }).click();
  await expect(page).toHaveURL(/\/builds\/\d+$/);
  await expect(page.getByRole('heading', { name: /Suggested build/ })).toBeVisible();
  await expect(page.getByText('AMD Ryzen 5 7600X').first()).toBeVisible();
  await expect(page.getByText('MSI GeForce RTX 3060').first()).toBeVisible();
  const cpu = parts[0];
  if (cpu) expect((await getPart(page, cpu.id)).status).toBe('in_build');

  // List it on eBay (shipped): the assistant's draft, with what it made up cut out, and the editor's price.
  await page.getByRole('button', { name: 'List it' }).click();
  const editor = page.getByRole('dialog', { name: /^List “Suggested build/ });
  await expect(editor.getByLabel('Title')).not.toHaveValue('');
  await editor.getByRole('button', { name: 'Draft with assistant' }).click();
  await expect(editor.getByLabel('Title')).toHaveValue('Gaming PC AMD Ryzen 5 7600X RTX 3060');
  await expect(editor.getByLabel('Description')).toHaveValue(
    'Gaming PC: AMD Ryzen 5 7600X with an MSI GeForce RTX 3060.',
  );
  const removed = editor.getByTestId('removed-claims');
  await expect(removed).toContainText('“12GB”');
  await expect(removed).toContainText('“Fully tested”');
  // The build is worth its parts' $750.00 and cost $570.00; a 25 % margin after eBay's fee and $60 shipping
  // needs more: the same figure as the editor's own suggestion.
  const price = suggestListingPrice({
    thing: { kind: 'build' },
    valueCents: 75_000,
    costCents: 57_000,
    delivery: 'shipped',
    rate: rateOf(DEFAULT_FEES.ebay.shipped),
    marginPercent: 25,
  });
  if (!price) throw new Error('no price');
  const drafted = editor.getByTestId('draft-price');
  await expect(drafted).toContainText(`Suggested price ${money(price.priceCents)}`);
  await expect(drafted).toContainText(`estimated net after eBay’s fee ${money(price.netCents)}`);
  await expect(editor.getByTestId('suggested-price')).toContainText(`Use ${money(price.priceCents)}`);
  await drafted.getByRole('button', { name: `Use ${money(price.priceCents)}` }).click();
  await expect(editor.getByLabel('Price')).toHaveValue((price.priceCents / 100).toFixed(2));
  await expect(editor.getByTestId('estimated-net')).toHaveText(money(price.netCents));

  for (const [theme, width, height] of [
    ['light', 1280, 800],
    ['dark', 1280, 800],
    ['light', 390, 844],
    ['dark', 390, 844],
  ] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width, height });
    await removed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `listing-draft-${theme}-${width}.png`) });
  }
});
