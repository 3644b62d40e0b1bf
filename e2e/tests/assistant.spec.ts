import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL, OLLAMA_URL } from '../env';
import { expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';

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
  const scripted = await request.post(`${OLLAMA_URL}/_fake/answers`, {
    data: [
      { text: '', toolCalls: [{ name: 'search_builds', args: {} }], inputTokens: 640, outputTokens: 16 },
      { text: ANSWER, inputTokens: 820, outputTokens: 31 },
    ],
  });
  expect(scripted.status()).toBe(204);

  await page.goto('/assistant');
  await expect(page.getByRole('heading', { name: 'AI assistant' })).toBeVisible();
  await expect(page.getByTestId('token-usage')).toContainText('0 of 50,000');
  await page.getByLabel('Your question').fill('What should I do next with my build?');
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
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      await page.screenshot({ path: path.join(OUT, `assistant-${theme}-${device}.png`), fullPage: true });
    }
  }

  // Back later: the conversation is there as it was, the tool use included.
  await page.reload();
  await expect(chat.getByText(ANSWER)).toBeVisible();
  await expect(chat.getByTestId('tool-activity')).toHaveText('Looked up your builds');
});
