import { expect, test } from '@playwright/test';

test('the home page introduces the course and links to its parts', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Kazakhstan the Mediator/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How Kazakhstan became a mediator');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' })).toBeVisible();
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows the course’s own 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
