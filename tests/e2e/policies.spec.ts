import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { answer, openWizard } from './helpers.ts';

const anonymous = ['origin', 'no', 'yes', 'yes', 'no'];

test('a policy chosen on the first screen answers the hiding question and changes the outcome @base', async ({ page }) => {
  await openWizard(page);
  await page.getByTestId('setup').locator('summary').click();
  await page.locator('input[name="policy"][value="always-403"]').check();
  await expect(page).toHaveURL(/\?scheme=bearer&client=programmatic&policy=always-403$/);
  for (const a of anonymous) await answer(page, a);
  // No "tell it to authenticate or hide?" question: the policy answered it.
  const result = page.getByTestId('result');
  await expect(result).toHaveAttribute('data-outcome', 'anonymous-forbidden');
  await expect(result.locator('h1 .status')).toHaveText('403');
  await page.getByTestId('your-answers').locator('summary').click();
  await expect(page.getByTestId('policy-answer')).toContainText('answered by your policy');
  await expect(page.getByTestId('policy-answer').getByRole('link')).toHaveAttribute('href', /\/policies\/always-403\/$/);
  // The same answers without the policy stop at the question the policy had answered.
  await page.goto(page.url().replace('&policy=always-403', ''));
  await expect(page.getByTestId('question')).toContainText('anonymous');
});

test('a shared link with ?policy=conceal hides what strict would refuse, and says which answer it overruled', async ({ page }) => {
  await openWizard(page, `?policy=conceal&${['checked-by=origin', 'client-blocked=no', 'route-exists=yes', 'requires-auth=yes', 'credentials-sent=no', 'anonymous-caller=challenge'].join('&')}`);
  await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'hidden-from-anonymous');
  await expect(page.getByText(/your team’s policy answers/)).toBeVisible();
});

test('a policy page works without JavaScript: trade-offs, the RFC text and what changes @base', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./policies/conceal/');
  await expect(page.locator('h1')).toHaveText('Conceal');
  await expect(page.locator('.trade-offs dt')).toHaveCount(5);
  await expect(page.getByTestId('policy-changes')).toContainText('Authenticated but not permitted');
  await expect(page.locator('blockquote.rfc').first()).toContainText('hide');
  await page.getByRole('link', { name: 'Open the wizard with this policy' }).first().click();
  await expect(page).toHaveURL(/policy=conceal/);
  await context.close();
});

test('policy pages and an outcome page with policy effects pass axe', async ({ page }) => {
  for (const path of ['./policies/', './policies/always-403/', './outcomes/anonymous-forbidden/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations, path).toEqual([]);
  }
  await expect(page.getByTestId('policy-effects')).toContainText('Strict RFC 9110');
  await expect(page.getByTestId('reached-with')).toContainText('Always 403');
});
