import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL, OLLAMA_URL } from '../env';
import { expect, newAccount, settle, signInByApi, signUpByApi, test } from './fixtures';
import { createPart, getPart } from './parts-api';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

test.beforeEach(async ({ page, request }) => {
  const account = newAccount();
  await signUpByApi(request, account);
  await signInByApi(page, account);
});

const ANSWER =
  'Your build "Streaming rig" has no parts yet: start with a CPU and a motherboard on the same socket.';

test('chats with the assistant: the answer streams in after it looked up the builds, and the conversation is kept', async ({
  page,
  request,
}) => {
  // Eight screenshots and a reload on top of the chat.
  test.setTimeout(120_000);
  const build = await page.request.post('/api/v1/builds', {
    data: { name: 'Streaming rig' },
    headers: { Origin: BASE_URL },
  });
  expect(build.status()).toBe(201);
  // The fake Ollama: first the model asks for the builds tool, then it answers from what the tool returned.
  // Keyed to this question, so that flows running beside this one never take these answers.
  const QUESTION = 'What should I do next with my build?';
  const scripted = await request.post(`${OLLAMA_URL}/_fake/answers`, {
    data: [
      {
        when: QUESTION,
        text: '',
        toolCalls: [{ name: 'search_builds', args: {} }],
        inputTokens: 640,
        outputTokens: 16,
      },
      { when: QUESTION, text: ANSWER, inputTokens: 820, outputTokens: 31 },
    ],
  });
  expect(scripted.status()).toBe(204);

  await page.goto('/assistant');
  await expect(page.getByRole('heading', { name: 'AI assistant' })).toBeVisible();
  await expect(page.getByTestId('token-usage')).toContainText('0 of 50,000');
  await page.getByLabel('Your question').fill(QUESTION);
  await page.getByRole('button', { name: 'Send' }).click();

  const chat = page.getByRole('region', { name: 'Chat' });
  await expect(chat.getByTestId('tool-activity')).toHaveText('Looked up your builds');
  await expect(chat.getByText(ANSWER)).toBeVisible();
  await expect(page).toHaveURL(/\/assistant\?c=\d+$/);
  await expect(page.getByRole('navigation', { name: 'Conversations' })).toContainText(
    'What should I do next with my build?',
  );
  await expect(page.getByTestId('token-usage')).toContainText('1,507 of 50,000');

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const [device, viewport] of Object.entries({
      desktop: { width: 1280, height: 800 },
      phone: { width: 390, height: 844 },
    })) {
      await page.setViewportSize(viewport);
      // The navigation drawer slides away when the width drops to a phone's: let it finish.
      await settle(page);
      await page.screenshot({ path: path.join(OUT, `assistant-${theme}-${device}.png`), fullPage: true });
    }
  }

  // Back later: the conversation is there as it was, the tool use included.
  await page.reload();
  await expect(chat.getByText(ANSWER)).toBeVisible();
  await expect(chat.getByTestId('tool-activity')).toHaveText('Looked up your builds');
});

test.describe('suggestions in the chat', () => {
  // The browser logs the 409 of the stale suggestion's accept; the card shows its reason.
  test.use({ expectedStatuses: [409] });

  test('the assistant proposes changes; each happens only when accepted, and a stale one says why not', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const fromApp = { Origin: BASE_URL };
    const build = await page.request.post('/api/v1/builds', {
      data: { name: 'Streaming rig' },
      headers: fromApp,
    });
    expect(build.status()).toBe(201);
    const buildId = ((await build.json()) as { id: number }).id;
    const gpu = await createPart(page, {
      name: 'RTX 3070 Founders Edition',
      category: 'gpu',
      costCents: 25_000,
    });
    const spare = await createPart(page, { name: 'GTX 1660 Super', category: 'gpu', costCents: 9_000 });
    const rx = await createPart(page, { name: 'RX 6600', category: 'gpu', costCents: 12_000 });
    const draft = await page.request.post('/api/v1/listings', {
      data: {
        partId: rx.id,
        platform: 'ebay',
        title: 'RX 6600 8 GB',
        description: 'Works.',
        priceCents: 20_000,
      },
      headers: fromApp,
    });
    expect(draft.status()).toBe(201);
    const listingId = ((await draft.json()) as { id: number }).id;
    const live = await page.request.post(`/api/v1/listings/${listingId}/activate`, { headers: fromApp });
    expect(live.status()).toBe(200);
    // The fake Ollama: the model proposes both GPUs for the build and a lower price for the RX 6600's
    // listing (three suggestions), then answers.
    const GPU_QUESTION = 'What should I do with my GPUs?';
    const scripted = await request.post(`${OLLAMA_URL}/_fake/answers`, {
      data: [
        {
          when: GPU_QUESTION,
          text: '',
          toolCalls: [
            { name: 'propose_add_part_to_build', args: { buildId, partId: gpu.id } },
            { name: 'propose_add_part_to_build', args: { buildId, partId: spare.id } },
            { name: 'propose_reprice_listing', args: { listingId, priceCents: 18_000 } },
          ],
          inputTokens: 700,
          outputTokens: 24,
        },
        {
          when: GPU_QUESTION,
          text: 'Here are my suggestions: accept the ones you want.',
          inputTokens: 900,
          outputTokens: 14,
        },
      ],
    });
    expect(scripted.status()).toBe(204);

    await page.goto('/assistant');
    await page.getByLabel('Your question').fill(GPU_QUESTION);
    await page.getByRole('button', { name: 'Send' }).click();
    const chat = page.getByRole('region', { name: 'Chat' });
    await expect(chat.getByText('Here are my suggestions')).toBeVisible();
    const card = (summary: string) => chat.getByRole('article', { name: `Suggestion: ${summary}` });
    const best = card('Add “RTX 3070 Founders Edition” to “Streaming rig”');
    const other = card('Add “GTX 1660 Super” to “Streaming rig”');
    const reprice = card('Change the price of “RX 6600 8 GB” from $200.00 to $180.00');
    await expect(best).toContainText('Waiting for you');
    await expect(best).toContainText('Nothing changes unless you accept.');
    await expect(reprice).toContainText('New price for RX 6600 8 GB: from $200.00 to $180.00');
    // Proposed only: the part is still in stock.
    expect((await getPart(page, gpu.id)).status).toBe('in_stock');

    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const [device, viewport] of Object.entries({
        desktop: { width: 1280, height: 800 },
        phone: { width: 390, height: 844 },
      })) {
        await page.setViewportSize(viewport);
        await settle(page);
        await best.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUT, `assistant-suggestion-${theme}-${device}.png`) });
        await reprice.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUT, `assistant-suggestion-price-${theme}-${device}.png`) });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });

    await best.getByRole('button', { name: 'Accept' }).click();
    await expect(best).toContainText('Accepted');
    expect((await getPart(page, gpu.id)).status).toBe('in_build');
    await reprice.getByRole('button', { name: 'Accept' }).click();
    await expect(reprice).toContainText('The listing now asks $180.00.');
    const repriced = await page.request.get(`/api/v1/listings/${listingId}`);
    expect(((await repriced.json()) as { priceCents: number }).priceCents).toBe(18_000);

    // The spare card was proposed for the same build, but the spare was sold since: accepting says why not.
    const sale = await page.request.post('/api/v1/sales', {
      data: { partId: spare.id, priceCents: 12_000, platform: 'ebay' },
      headers: fromApp,
    });
    expect(sale.status()).toBe(201);
    await other.getByRole('button', { name: 'Accept' }).click();
    await expect(other.getByRole('alert')).toHaveText(
      'Not applied: “GTX 1660 Super” is not in stock (sold).',
    );
    await expect(other).toContainText('Waiting for you');
    // The confirmations fade; the cards keep the outcome.
    await expect(page.locator('.toast .alert')).toHaveCount(0);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 390, height: 844 });
      await settle(page);
      await other.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, `assistant-suggestion-refused-${theme}-phone.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Back later, the cards keep their outcome; the link opens the build with the part in it.
    await page.reload();
    await expect(best).toContainText('Accepted');
    await expect(reprice).toContainText('Accepted');
    await best.getByRole('link', { name: 'Open “Streaming rig”' }).click();
    await expect(page).toHaveURL(new RegExp(`/builds/${buildId}$`));
    await expect(page.getByText('RTX 3070 Founders Edition').first()).toBeVisible();
  });
});
