import type { Build, PartCreate } from '@partwise/shared';
import type { Page } from '@playwright/test';
import { BASE_URL } from '../env';
import { confirmIn, expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';
import { createPart, getPart } from './parts-api';

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
  specs: { socket: 'LGA1700', memoryType: 'DDR4', formFactor: 'ATX' },
} satisfies PartCreate;
const B550 = {
  name: 'MSI B550-A PRO',
  category: 'motherboard',
  costCents: 8500,
  specs: { socket: 'AM4', memoryType: 'DDR4', formFactor: 'ATX' },
} satisfies PartCreate;

/** A slot of the build page, found by its heading ("CPU", "Motherboard", …). */
const slot = (page: Page, name: string) => page.getByRole('listitem', { name, exact: true });

async function signedIn(page: Page, request: Page['request']) {
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
}

async function addFromStock(page: Page, slotName: string, partName: string) {
  await page.getByRole('button', { name: `Add ${slotName}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: `Add ${partName}`, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(slot(page, slotName)).toContainText(partName);
}

test('plan a build: stock parts first, a socket error explained, the board swapped, parted out', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  await signedIn(page, request);
  const cpu = await createPart(page, RYZEN);
  const z690 = await createPart(page, Z690);
  const b550 = await createPart(page, B550);

  await page.goto('/builds');
  await expect(page.getByRole('heading', { name: 'No builds yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New build' }).first().click();
  await page.getByLabel('Build name').fill('Ryzen 5600X gaming PC');
  await page.getByLabel('Target price').fill('650');
  await page.getByRole('button', { name: 'Create build' }).click();
  await expect(page).toHaveURL(/\/builds\/\d+$/);
  const buildId = Number(new URL(page.url()).pathname.split('/').pop());
  await expect(page.getByRole('heading', { level: 1, name: 'Ryzen 5600X gaming PC' })).toBeVisible();
  const money = page.getByRole('region', { name: 'Money' });
  await expect(money).toContainText('$650.00');

  await addFromStock(page, 'CPU', RYZEN.name);
  await expect(money).toContainText('$90.00');

  // The picker puts the board that fits first and says why the other one does not.
  await page.getByRole('button', { name: 'Add Motherboard', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Add motherboard' });
  const candidates = picker.getByRole('list', { name: 'Motherboard in stock' }).getByRole('listitem');
  await expect(candidates).toHaveCount(2);
  await expect(candidates.first()).toContainText(B550.name);
  // Its chipset is unknown, so the engine cannot vouch for everything: not incompatible, just unknown.
  await expect(candidates.first()).not.toContainText('Incompatible');
  await expect(candidates.last()).toContainText('Incompatible');
  await expect(candidates.last()).toContainText('LGA1700');
  await picker.getByRole('button', { name: `Add ${Z690.name}`, exact: true }).click();
  // It would make the build fail: the picker says so and asks first.
  await expect(picker.getByRole('heading', { name: `Add the ${Z690.name} anyway?` })).toBeVisible();
  await expect(picker).toContainText(
    'The AMD Ryzen 5 5600X needs an AM4 board; the MSI PRO Z690-A is LGA1700.',
  );
  await picker.getByRole('button', { name: 'Add anyway' }).click();
  await expect(picker).toBeHidden();

  const report = page.getByRole('region', { name: 'Compatibility' });
  const socketError = report.getByRole('button', {
    name: /AMD Ryzen 5 5600X needs an AM4 board.*Z690-A is LGA1700/,
  });
  await expect(socketError).toBeVisible();
  await expect(report).toContainText('Errors');
  // Said once, in the report; both slots are marked and their parts point at it.
  await expect(page.getByText(/needs an AM4 board/)).toHaveCount(1);
  await expect(slot(page, 'CPU')).toContainText('has an error');
  await expect(slot(page, 'Motherboard')).toContainText('has an error');
  await slot(page, 'CPU')
    .getByRole('button', { name: `1 problem with the ${RYZEN.name}: show in the compatibility report` })
    .click();
  await expect(socketError).toBeFocused();
  // Pointing at the finding highlights the parts it is about.
  await socketError.hover();
  await expect(page.locator(`#build-item-part-${z690.id}`)).toHaveClass(/ring-2/);
  await expect(page.locator(`#build-item-part-${cpu.id}`)).toHaveClass(/ring-2/);
  // The server's report (the authority) says the same.
  const server = await page.request.get(`/api/v1/builds/${buildId}`);
  const codes = ((await server.json()) as Build).compatibility.findings.map((f) => f.code);
  expect(codes).toContain('CPU_SOCKET_MISMATCH');

  // The CPU has no graphics: a card planned from the catalog, its price new prefilled and edited.
  await page.getByRole('button', { name: 'Add Graphics card', exact: true }).click();
  const gpuPicker = page.getByRole('dialog', { name: 'Add graphics card' });
  await gpuPicker.getByRole('tab', { name: 'Plan to buy' }).click();
  await gpuPicker.getByLabel('Search the catalog').fill('RTX 3070');
  await gpuPicker
    .getByRole('button', { name: /^Choose / })
    .first()
    .click();
  await expect(gpuPicker.getByLabel('Part name')).toHaveValue(/3070/);
  await expect(gpuPicker.getByLabel('Expected cost')).not.toHaveValue('');
  await gpuPicker.getByLabel('Expected cost').fill('280');
  await gpuPicker.getByRole('button', { name: 'Add to the plan' }).click();
  await expect(gpuPicker).toBeHidden();
  await expect(slot(page, 'Graphics card')).toContainText('To buy');
  await expect(money).toContainText('$280.00');

  // Swap the board: out goes the Z690 (back to stock), in comes the B550.
  await slot(page, 'Motherboard')
    .getByRole('button', { name: `Remove ${Z690.name}` })
    .click();
  await expect(slot(page, 'Motherboard')).toContainText('Empty');
  // The toast can put it back (Undo), and it can come out again.
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`${Z690.name} is back in the build`)).toBeVisible();
  await expect(slot(page, 'Motherboard')).toContainText(Z690.name);
  expect((await getPart(page, z690.id)).status).toBe('in_build');
  await slot(page, 'Motherboard')
    .getByRole('button', { name: `Remove ${Z690.name}` })
    .click();
  await expect(slot(page, 'Motherboard')).toContainText('Empty');
  await addFromStock(page, 'Motherboard', B550.name);
  await expect(report).not.toContainText('LGA1700');
  await expect(report).not.toContainText('Errors');
  await expect(slot(page, 'CPU')).not.toContainText('has an error');
  expect((await getPart(page, z690.id)).status).toBe('in_stock');
  expect((await getPart(page, b550.id)).status).toBe('in_build');
  // Total $90 + $85 + $280 = $455 against $650: $195 expected profit.
  await expect(money).toContainText('+$195.00');

  await page.goto('/builds');
  const row = page.getByRole('row').filter({ hasText: 'Ryzen 5600X gaming PC' });
  await expect(row).toContainText('2 owned');
  await expect(row).toContainText('1 to buy');
  await expect(row).not.toContainText('Errors');
  await row.getByRole('link').click();

  // Part out: the owned parts go back to stock, the build is back to planning and empty of parts.
  await page.getByRole('button', { name: 'Part out' }).click();
  const confirm = page.getByRole('dialog', { name: /Part out/ });
  await expect(confirm).toContainText('go back to your stock');
  await confirm.getByRole('button', { name: 'Part out' }).click();
  await expect(page.getByText('parted out: 2 parts back in stock')).toBeVisible();
  await expect(slot(page, 'CPU')).toContainText('Empty');
  await expect(slot(page, 'Motherboard')).toContainText('Empty');
  for (const part of [cpu, z690, b550]) expect((await getPart(page, part.id)).status).toBe('in_stock');
  // …and the picker offers them again.
  await page.getByRole('button', { name: 'Add CPU', exact: true }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: `Add ${RYZEN.name}` })).toBeVisible();
});

test('money, inline edits and a delete that explains itself', async ({ page, request }) => {
  await signedIn(page, request);
  await createPart(page, RYZEN);
  const res = await page.request.post('/api/v1/builds', {
    data: { name: 'Office PC flip', targetPriceCents: 5000 },
    headers: { Origin: BASE_URL },
  });
  const build = (await res.json()) as Build;
  await page.goto(`/builds/${build.id}`);
  await addFromStock(page, 'CPU', RYZEN.name);

  // A target below the cost is a loss, shown as one.
  const money = page.getByRole('region', { name: 'Money' });
  await expect(money).toContainText('-$40.00');
  await money.getByRole('button', { name: 'Edit target price' }).click();
  await money.getByLabel('Target price').fill('abc');
  await money.getByLabel('Target price').press('Enter');
  await expect(money).toContainText('Target price must be an amount');
  await money.getByLabel('Target price').fill('240');
  await money.getByLabel('Target price').press('Enter');
  await expect(money).toContainText('+$150.00');
  await expect(page.getByText('Target price saved')).toBeVisible();

  await page.getByRole('button', { name: 'Edit build name' }).click();
  await page.getByLabel('Build name').fill('Office PC, Ryzen');
  await page.getByLabel('Build name').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Office PC, Ryzen' })).toBeVisible();
  // Focus goes back to the edit button, so the keyboard carries on from there.
  await expect(page.getByRole('button', { name: 'Edit build name' })).toBeFocused();

  // An assembling build with parts cannot be deleted: the dialog says why and offers to part it out.
  await page.getByLabel('Status').selectOption('assembling');
  await expect(page.getByText('is now assembling')).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  const refusal = page.getByRole('dialog', { name: 'This build cannot be deleted yet' });
  await expect(refusal).toContainText('Part it out first');
  await refusal.getByRole('button', { name: 'Part it out' }).click();
  await confirmIn(page, /Part out/, 'Part out');
  await expect(page.getByText('parted out: 1 part back in stock')).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(slot(page, 'CPU')).toContainText('Empty');
  await expect(page.getByLabel('Status')).toHaveValue('planning');

  await page.getByRole('button', { name: 'Delete' }).click();
  await confirmIn(page, /Delete/, 'Delete');
  await expect(page).toHaveURL(/\/builds$/);
  await expect(page.getByRole('heading', { name: 'No builds yet' })).toBeVisible();
});
