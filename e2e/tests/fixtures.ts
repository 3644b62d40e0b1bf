import { type APIRequestContext, test as base, expect, type Page } from '@playwright/test';
import { BASE_URL } from '../env';

export { expect };

/** Waits for running animations (the navigation drawer sliding away); one cancelled meanwhile is done too. */
export const settle = (page: Page) =>
  page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));

/** Presses a button of the dialog with that name: the confirm step of a destructive or final action. */
export const confirmIn = (page: Page, dialog: string | RegExp, button: string) =>
  page.getByRole('dialog', { name: dialog }).getByRole('button', { name: button }).click();

export interface Account {
  name: string;
  email: string;
  password: string;
}

export function newAccount(name = 'Ada Flipper'): Account {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return { name, email: `flipper-${id}@e2e.test`, password: 'correct-horse-battery' };
}

/** Cookie writes must come from the app's origin, as a browser's would. */
const fromApp = { Origin: BASE_URL };

export async function signUpByApi(request: APIRequestContext, account: Account): Promise<void> {
  const res = await request.post('/api/auth/sign-up/email', { data: account, headers: fromApp });
  expect(res.status(), await res.text()).toBe(200);
}

/** Signs the page's browser context in without the form (page.request shares its cookies). */
export async function signInByApi(page: Page, account: Pick<Account, 'email' | 'password'>): Promise<void> {
  const res = await page.request.post('/api/auth/sign-in/email', {
    data: { email: account.email, password: account.password },
    headers: fromApp,
  });
  expect(res.status(), await res.text()).toBe(200);
}

/**
 * Every test fails on a console error or an uncaught exception. A 401 is expected where the app asks
 * "who am I" while signed out or a password is wrong, and the browser logs those responses itself; a test
 * that provokes a refusal on purpose names its status in `expectedStatuses`.
 */
export const test = base.extend<{ expectedStatuses: number[]; consoleErrors: string[] }>({
  expectedStatuses: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedStatuses }, use) => {
      const expected = [401, ...expectedStatuses].map((status) => `status of ${status}`);
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !expected.some((text) => message.text().includes(text)))
          errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
