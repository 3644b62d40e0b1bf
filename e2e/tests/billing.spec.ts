import { createHmac } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { ADMIN, STRIPE } from '../env';
import { confirmIn, expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';

/** Delivers a Stripe event to the app, signed with the webhook secret exactly as Stripe signs it. */
async function deliverEvent(request: APIRequestContext, type: string, object: unknown) {
  const created = Math.floor(Date.now() / 1000);
  const payload = JSON.stringify({
    id: `evt_e2e_${created}_${Math.random().toString(36).slice(2)}`,
    object: 'event',
    type,
    created,
    data: { object },
  });
  const signature = createHmac('sha256', STRIPE.webhookSecret).update(`${created}.${payload}`).digest('hex');
  const res = await request.post('/api/v1/billing/webhook', {
    headers: { 'content-type': 'application/json', 'stripe-signature': `t=${created},v1=${signature}` },
    data: payload,
  });
  expect(res.status(), await res.text()).toBe(200);
}

test('upgrade to pro through Stripe, then an admin grants a plan and suspends the user', async ({
  page,
  browser,
  request,
}) => {
  const member = newAccount('Casey Upgrader');
  await signUpByApi(request, member);
  await signInByApi(page, member);

  await page.goto('/billing');
  await expect(page.getByRole('heading', { name: 'Free plan' })).toBeVisible();
  await expect(page.getByTestId('token-usage')).toHaveText('0 of 50,000');

  await page.getByRole('button', { name: 'Upgrade to Pro' }).click();
  await expect(page).toHaveURL(new RegExp(`^${STRIPE.apiBase}/checkout/cs_test_`));
  const sessionId = page.url().split('/').pop();

  // Stripe's side: the customer pays; Stripe then sends the signed event.
  const paid = await request.post(`${STRIPE.apiBase}/_fake/checkout/${sessionId}/complete`);
  const { session } = await paid.json();
  await deliverEvent(request, 'checkout.session.completed', session);

  await page.goto('/billing?checkout=success');
  await expect(page.getByText('your payment went through')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pro plan' })).toBeVisible();
  await expect(page.getByTestId('token-usage')).toHaveText('0 of 1,000,000');
  await expect(page.getByTestId('plan-badge')).toHaveText('Pro');

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInByApi(admin, ADMIN);
  await admin.goto(`/admin?q=${encodeURIComponent(member.email)}`);
  const row = admin.getByRole('row').filter({ hasText: member.email });
  await expect(row.getByText('Pro', { exact: true })).toBeVisible();

  await row.getByRole('button', { name: `Actions for ${member.email}` }).click();
  await row.getByRole('button', { name: 'Grant a plan' }).click();
  const grant = admin.getByRole('dialog', { name: 'Grant a plan' });
  await grant.getByLabel('Plan').selectOption('business');
  await grant.getByRole('button', { name: 'Grant' }).click();
  await expect(row.getByText('Business', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('token-usage')).toHaveText('0 of 5,000,000');

  await row.getByRole('button', { name: `Actions for ${member.email}` }).click();
  await row.getByRole('button', { name: 'Suspend' }).click();
  await confirmIn(admin, 'Suspend this user?', 'Suspend');
  await expect(row.getByText('Suspended')).toBeVisible();

  // The suspended member's session ends at once.
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
  await page.goto('/billing');
  await expect(page).toHaveURL(/\/sign-in/);
  await adminContext.close();
});
