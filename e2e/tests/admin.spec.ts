import { ADMIN } from '../env';
import { confirmIn, expect, newAccount, signInByApi, signUpByApi, test } from './fixtures';

test('an admin finds a user, suspends and reinstates them', async ({ page, request }) => {
  const member = newAccount('Linus Reseller');
  await signUpByApi(request, member);
  await signInByApi(page, ADMIN);

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();

  await page.getByLabel('Search users').fill(member.email);
  await expect(page).toHaveURL(/q=flipper-/);
  const row = page.getByRole('row').filter({ hasText: member.email });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('Suspended')).toHaveCount(0);

  await row.getByRole('button', { name: `Actions for ${member.email}` }).click();
  await row.getByRole('button', { name: 'Suspend' }).click();
  await confirmIn(page, 'Suspend this user?', 'Suspend');
  await expect(row.getByText('Suspended')).toBeVisible();

  await row.getByRole('button', { name: `Actions for ${member.email}` }).click();
  await row.getByRole('button', { name: 'Reinstate' }).click();
  await confirmIn(page, 'Reinstate this user?', 'Reinstate');
  await expect(row.getByText('Suspended')).toHaveCount(0);
});

test('a non-admin is told the admin area is not for them', async ({ page, request }) => {
  const member = newAccount('Pat Plain');
  await signUpByApi(request, member);
  await signInByApi(page, member);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'You are not allowed here' })).toBeVisible();
});
