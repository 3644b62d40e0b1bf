import type { Build, Listing, Part, PartCreate } from '@partwise/shared';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../env';
import { confirmIn, expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createPart, getPart } from './parts-api';

// A build that does not work is never sold by accident: a part that breaks it is added only after saying
// so, and setting it ready, listing or selling it asks why; what the engine could not check, the report
// asks for in place.

const RYZEN = {
  name: 'AMD Ryzen 5 5600X',
  category: 'cpu',
  costCents: 9000,
  specs: { socket: 'AM4', tdpW: 65, integratedGraphics: false },
} satisfies PartCreate;
const Z690 = {
  name: 'MSI PRO Z690-A',
  category: 'motherboard',
  costCents: 11_000,
  specs: { socket: 'LGA1700', formFactor: 'ATX' },
} satisfies PartCreate;
const B550 = {
  name: 'MSI B550-A PRO',
  category: 'motherboard',
  costCents: 8500,
  specs: { socket: 'AM4', memoryType: 'DDR4', formFactor: 'ATX', memorySlots: 4 },
} satisfies PartCreate;
const DDR5 = {
  name: 'G.Skill Trident Z5 32GB DDR5-6000',
  category: 'memory',
  costCents: 7000,
  specs: { memoryType: 'DDR5', modules: 2, moduleGb: 16 },
} satisfies PartCreate;
const SOCKET_PROBLEM = 'The AMD Ryzen 5 5600X needs an AM4 board; the MSI PRO Z690-A is LGA1700.';

const slot = (page: Page, name: string) => page.getByRole('listitem', { name, exact: true });

async function signedIn(page: Page, request: Page['request']) {
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
}

async function post<T>(page: Page, url: string, data: unknown): Promise<T> {
  const res = await page.request.post(url, { data, headers: { Origin: BASE_URL } });
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

/** A build holding these parts, created through the API. */
async function buildWith(page: Page, name: string, parts: Part[]): Promise<Build> {
  const build = await post<Build>(page, '/api/v1/builds', { name, targetPriceCents: 60_000 });
  for (const part of parts) await post(page, `/api/v1/builds/${build.id}/parts`, { partId: part.id });
  return build;
}

test('a part that makes the build fail is added only after saying so', async ({ page, request }) => {
  await signedIn(page, request);
  await createPart(page, DDR5);
  const build = await buildWith(page, 'AM4 office PC', [
    await createPart(page, RYZEN),
    await createPart(page, B550),
  ]);
  await page.goto(`/builds/${build.id}`);

  await page.getByRole('button', { name: 'Add Memory', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Add memory' });
  await expect(picker.getByText('Incompatible')).toBeVisible();
  await picker.getByRole('button', { name: `Add ${DDR5.name}`, exact: true }).click();
  const question = picker.getByRole('region', { name: `Add the ${DDR5.name} anyway?` });
  await expect(question).toContainText(`The ${DDR5.name} is DDR5; the MSI B550-A PRO takes DDR4.`);

  // Choosing another goes back to the list as it was, and nothing was added.
  await question.getByRole('button', { name: 'Choose another' }).click();
  await expect(picker.getByRole('button', { name: `Add ${DDR5.name}`, exact: true })).toBeVisible();
  await picker.getByRole('button', { name: `Add ${DDR5.name}`, exact: true }).click();
  await question.getByRole('button', { name: 'Add anyway' }).click();
  await expect(picker).toBeHidden();
  await expect(slot(page, 'Memory')).toContainText(DDR5.name);
  await expect(page.getByRole('region', { name: 'Compatibility' })).toContainText(
    'is DDR5; the MSI B550-A PRO takes DDR4',
  );
});

test.describe('selling a build with problems', () => {
  test.use({ expectedStatuses: [422] });

  test('asks why, keeps the reason on the build, and then lists it without asking again', async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    await signedIn(page, request);
    const build = await buildWith(page, 'Parts bundle PC', [
      await createPart(page, RYZEN),
      await createPart(page, Z690),
    ]);
    await page.goto(`/builds/${build.id}`);

    await page.getByLabel('Status').selectOption('ready');
    const dialog = page.getByRole('dialog', {
      name: 'Set “Parts bundle PC” ready to sell with its problems?',
    });
    await expect(dialog).toContainText(SOCKET_PROBLEM);
    // Parts still missing count once it is to be sold.
    await expect(dialog).toContainText('No storage drive yet.');
    await dialog.getByRole('button', { name: 'Set ready anyway' }).click();
    await expect(dialog).toContainText('Reason to sell it anyway is required');
    await dialog.getByLabel('Reason to sell it anyway').fill('Sold as a CPU and board bundle, for parts');
    await dialog.getByRole('button', { name: 'Set ready anyway' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Status')).toHaveValue('ready');
    const report = page.getByRole('region', { name: 'Compatibility' });
    const note = report.getByRole('note', { name: 'Sold with known problems' });
    await expect(note).toContainText('“Sold as a CPU and board bundle, for parts”');
    // The problem is still said once, in the report.
    await expect(page.getByText(SOCKET_PROBLEM)).toHaveCount(1);

    // A draft listing of it goes live on the listings page without asking again: the override covers it.
    await page.getByRole('button', { name: 'List it' }).click();
    await confirmIn(page, 'List “Parts bundle PC”', 'Save draft');
    await page.goto('/listings');
    // The listing's title is written from the build's parts.
    await page.getByRole('button', { name: 'Activate Desktop PC | Ryzen 5 5600X on eBay' }).click();
    const end = page.getByRole('button', { name: 'End Desktop PC | Ryzen 5 5600X on eBay' });
    await expect(end).toBeVisible();

    // Ended by mistake, it goes live again from the toast.
    await end.click();
    await expect(page.getByText('“Desktop PC | Ryzen 5 5600X” on eBay ended')).toBeVisible();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('“Desktop PC | Ryzen 5 5600X” on eBay is active')).toBeVisible();
    await expect(end).toBeVisible();
  });

  test('a listing of a build with problems asks why before it goes live', async ({ page, request }) => {
    await signedIn(page, request);
    const build = await buildWith(page, 'Mismatched tower', [
      await createPart(page, RYZEN),
      await createPart(page, Z690),
    ]);
    await post<Listing>(page, '/api/v1/listings', {
      buildId: build.id,
      platform: 'facebook_marketplace',
      title: 'Mismatched tower',
      priceCents: 30_000,
    });
    await page.goto('/listings');
    await page.getByRole('button', { name: 'Activate Mismatched tower on Facebook Marketplace' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Put “Mismatched tower” live with the build’s problems?',
    });
    await expect(dialog).toContainText(SOCKET_PROBLEM);
    await dialog.getByLabel('Reason to sell it anyway').fill('Listed for parts, as described');
    await dialog.getByRole('button', { name: 'Put it live anyway' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('button', { name: 'End Mismatched tower on Facebook Marketplace' }),
    ).toBeVisible();
    const saved = (await (await page.request.get(`/api/v1/builds/${build.id}`)).json()) as Build;
    expect(saved).toMatchObject({ status: 'listed', override: { reason: 'Listed for parts, as described' } });
  });

  test('the sold dialog asks why for a build with problems', async ({ page, request }) => {
    await signedIn(page, request);
    const build = await buildWith(page, 'Half a PC', [
      await createPart(page, RYZEN),
      await createPart(page, Z690),
    ]);
    await page.goto(`/builds/${build.id}`);
    await page.getByRole('button', { name: 'Mark as sold' }).click();
    const sold = page.getByRole('dialog', { name: 'Mark “Half a PC” as sold' });
    await expect(sold).toContainText(SOCKET_PROBLEM);
    await sold.getByLabel('Price').fill('150');
    await sold.getByRole('button', { name: 'Mark as sold' }).click();
    await expect(sold).toContainText('Reason to sell it anyway is required');
    await sold.getByLabel('Reason to sell it anyway').fill('Sold to a friend who has the right board');
    await sold.getByRole('button', { name: 'Mark as sold' }).click();
    await expect(page.getByText(/Sold “Half a PC”: profit/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Compatibility' })).toContainText(
      '“Sold to a friend who has the right board”',
    );
  });
});

test('an unknown spec is asked for in the report and saved on the part', async ({ page, request }) => {
  await signedIn(page, request);
  const gpu = await createPart(page, {
    name: 'ASUS TUF RTX 3080',
    category: 'gpu',
    costCents: 30_000,
    specs: { lengthMm: 300 },
  });
  const pcCase = await createPart(page, {
    name: 'Fractal Design Meshify C',
    category: 'case',
    costCents: 5000,
    specs: { type: 'ATX Mid Tower' },
  });
  const build = await buildWith(page, 'RTX 3080 tower', [gpu, pcCase]);
  await page.goto(`/builds/${build.id}`);
  const report = page.getByRole('region', { name: 'Compatibility' });
  await expect(report).toContainText(
    'Could not check that the graphics card fits the case: unknown maximum graphics card length of the Fractal Design Meshify C.',
  );

  await report.getByRole('button', { name: /Enter the maximum graphics card length/ }).click();
  const field = report.getByLabel('Maximum graphics card length of the Fractal Design Meshify C, in mm');
  await field.fill('long');
  await report.getByRole('button', { name: 'Save and check again' }).click();
  await expect(report).toContainText('must be a number');
  await field.fill('290');
  await report.getByRole('button', { name: 'Save and check again' }).click();
  // Checked again: the card does not fit.
  await expect(report).toContainText(
    'The ASUS TUF RTX 3080 is 300 mm long; the Fractal Design Meshify C fits graphics cards up to 290 mm.',
  );
  await expect(report).not.toContainText('unknown maximum graphics card length');
  expect((await getPart(page, pcCase.id)).specs).toMatchObject({
    maxGpuLengthMm: 290,
    type: 'ATX Mid Tower',
  });

  // A wrong spec is corrected the same way, on the part: the measured clearance is 315 mm.
  await slot(page, 'Case')
    .getByRole('button', { name: `Edit the specs of ${pcCase.name}` })
    .click();
  const specs = page.getByRole('dialog', { name: `Specs of the ${pcCase.name}` });
  await specs.getByLabel('Longest graphics card (mm)').fill('315');
  await specs.getByRole('button', { name: 'Save specs' }).click();
  await expect(specs).toBeHidden();
  await expect(report).not.toContainText('fits graphics cards up to');
  expect((await getPart(page, pcCase.id)).specs).toMatchObject({ maxGpuLengthMm: 315 });
});
