import { expect, test } from '@playwright/test';
import { answer, openWizard } from './helpers.ts';

const situations: { name: string; settings?: [string, string]; answers: string[]; outcome: string; status: string }[] = [
  { name: 'an API call without a token', answers: ['origin', 'no', 'yes', 'yes', 'no', 'challenge'], outcome: 'authentication-required', status: '401' },
  { name: 'an expired access token', answers: ['origin', 'no', 'yes', 'yes', 'yes', 'well-formed', 'invalid'], outcome: 'invalid-credentials', status: '401' },
  { name: 'a token without the needed scope', answers: ['origin', 'no', 'yes', 'yes', 'yes', 'well-formed', 'valid', 'scope'], outcome: 'insufficient-scope', status: '403' },
  { name: 'a viewer calling DELETE', answers: ['origin', 'no', 'yes', 'yes', 'yes', 'well-formed', 'valid', 'no', 'yes'], outcome: 'forbidden', status: '403' },
  { name: 'another tenant\u2019s invoice, kept hidden', answers: ['origin', 'no', 'yes', 'yes', 'yes', 'well-formed', 'valid', 'yes', 'not-owner', 'no'], outcome: 'hidden-from-unauthorized', status: '404' },
  { name: 'a signed-out browser visit', settings: ['cookie', 'navigation'], answers: ['origin', 'no', 'yes', 'yes', 'no', 'challenge'], outcome: 'redirect-to-login', status: '302' },
  { name: 'a signed-out fetch from the same app', settings: ['cookie', 'programmatic'], answers: ['origin', 'no', 'yes', 'yes', 'no', 'challenge'], outcome: 'authentication-required', status: '401' },
  { name: 'a corporate proxy', answers: ['proxy'], outcome: 'proxy-authentication-required', status: '407' },
];

for (const s of situations) {
  test(`answering for ${s.name} reaches ${s.status} @base`, async ({ page }) => {
    await openWizard(page);
    if (s.settings) {
      // The settings are asked once, on the first screen (folded to one line: they have defaults).
      await page.getByTestId('setup').locator('summary').click();
      await page.locator(`input[name="scheme"][value="${s.settings[0]}"]`).check();
      await page.locator(`input[name="client"][value="${s.settings[1]}"]`).check();
      await expect(page).toHaveURL(new RegExp(`\\?scheme=${s.settings[0]}&client=${s.settings[1]}$`));
    }
    for (const a of s.answers) await answer(page, a);
    const result = page.getByTestId('result');
    await expect(result).toHaveAttribute('data-outcome', s.outcome);
    await expect(result.locator('h1 .status')).toHaveText(s.status);
    await expect(page.getByTestId('announcer')).toContainText(`Result: ${s.status}`);
    // The address bar now holds both settings and every answer: reloading it restores the same result.
    expect(new URL(page.url()).searchParams.size).toBe(s.answers.length + 2);
    await page.reload();
    await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', s.outcome);
    // The result links to the outcome's page, which names the same status.
    await result.getByRole('link', { name: /RFC text/ }).click();
    await expect(page).toHaveURL(new RegExp(`/outcomes/${s.outcome}/`));
    await expect(page.locator('h1 .status')).toHaveText(s.status);
  });
}

test('a deep link restores the answers, and back/forward walk through them @base', async ({ page }) => {
  await openWizard(page, '?checked-by=origin&client-blocked=no&route-exists=yes');
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'requires-auth');
  await expect(page.getByRole('navigation', { name: 'Your answers' }).getByRole('listitem')).toHaveCount(3);
  await answer(page, 'no');
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'public-credentials');
  await answer(page, 'none');
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'public-record-exists');
  await answer(page, 'yes');
  await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'allowed');
  await page.goBack();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'public-record-exists');
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'requires-auth');
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'allowed');
});

test('changing an earlier answer drops the later ones', async ({ page }) => {
  await openWizard(page, '?checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes');
  await page.getByRole('link', { name: 'Change your answer to: Does the URL match something your server serves, with this method?' }).click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'route-exists');
  expect(page.url()).toMatch(/\?scheme=bearer&client=programmatic&checked-by=origin&client-blocked=no$/);
  await answer(page, 'no');
  await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'not-found');
  await page.getByRole('link', { name: 'Start over' }).click();
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'checked-by');
  expect(new URL(page.url()).search).toBe('');
});

test('a broken share link explains what was ignored and offers a way on @base', async ({ page }) => {
  await openWizard(page, '?checked-by=origin&client-blocked=no&utm_source=pr&route-exists=ye&permitted=no');
  const notice = page.getByTestId('ignored-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('utm_source');
  await expect(notice).toContainText('\u201cye\u201d is not an answer');
  await expect(notice).toContainText('never lead to that question');
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'route-exists');
  // A link without settings was made before they existed: the wizard says it read it with today's questions.
  await expect(page.getByTestId('legacy-notice')).toContainText('earlier version');
  await notice.getByRole('button', { name: 'Continue from here' }).click();
  await expect(notice).toHaveCount(0);
  expect(page.url()).toMatch(/\?scheme=bearer&client=programmatic&checked-by=origin&client-blocked=no$/);
});

test('a link with nothing usable starts over with an explanation', async ({ page }) => {
  await openWizard(page, '?%E0%A4%A=1&checked-by=sideways');
  await expect(page.getByTestId('ignored-notice')).toContainText('None of its answers could be used');
  await expect(page.getByTestId('question')).toHaveAttribute('data-question', 'checked-by');
  await page.getByTestId('ignored-notice').getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByTestId('ignored-notice')).toHaveCount(0);
});

test('the wizard can be finished with the keyboard alone', async ({ page }) => {
  await openWizard(page);
  const keys = ['origin', 'no', 'yes', 'yes', 'yes', 'malformed'];
  for (const id of keys) {
    // Tab until the wanted answer has focus, then press Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((a) => document.activeElement?.getAttribute('data-answer') === a, id)) break;
    }
    await expect(page.locator(`a[data-answer="${id}"]`)).toBeFocused();
    await page.keyboard.press('Enter');
    // Focus moves to the new question's heading, so the next Tab starts from there.
    await expect(page.locator('#wizard-heading')).toBeFocused();
  }
  await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'malformed-credentials');
});

test('the flowchart highlights the path taken @base', async ({ page }) => {
  await openWizard(page, '?checked-by=origin&client-blocked=no&route-exists=no');
  const stroke = (selector: string) =>
    page.locator(selector).first().evaluate((el) => getComputedStyle(el).strokeWidth);
  await expect.poll(() => stroke('[id^="fc-request-flowchart-client_blocked-"] > polygon')).toBe('3px');
  expect(await stroke('[id^="fc-request-flowchart-checked_by-"] > polygon')).toBe('3px');
  expect(await stroke('[id^="fc-request-flowchart-route_exists-"] > polygon')).toBe('3px');
  expect(await stroke('[id^="fc-request-flowchart-not_found-"] > rect')).toBe('4px');
  expect(await stroke('path[data-id="L_client_blocked_route_exists_0"]')).toBe('4px');
  expect(await stroke('path[data-id="L_route_exists_not_found_0"]')).toBe('4px');
  // Off the path: not highlighted.
  expect(await stroke('[id^="fc-caller-flowchart-requires_auth-"] > polygon')).toBe('1.5px');
  expect(await stroke('path[data-id="L_client_blocked_client_barred_0"]')).not.toBe('4px');
  await page.getByRole('link', { name: 'Start over' }).click();
  await expect.poll(() => stroke('[id^="fc-request-flowchart-client_blocked-"] > polygon')).toBe('1.5px');
});

test('the wizard fits a 375 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openWizard(page, '?checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=yes&credentials-parse=well-formed&credentials-valid=invalid');
  await expect(page.getByTestId('result')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('changing a setting keeps the answers and moves the result, and the result shows that scheme’s example', async ({ page }) => {
  const anonymous = '&checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=no&anonymous-caller=challenge';
  await openWizard(page, `?scheme=bearer&client=programmatic${anonymous}`);
  await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'authentication-required');
  await expect(page.locator('#wizard-share-http')).toHaveValue(/WWW-Authenticate: Bearer realm="api"/);
  await page.getByTestId('setup').locator('summary').click();
  await page.locator('input[name="scheme"][value="basic"]').check();
  await expect(page.locator('#wizard-share-http')).toHaveValue(/WWW-Authenticate: Basic realm="admin", charset="UTF-8"/);
  await page.locator('input[name="scheme"][value="mtls"]').check();
  await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'client-certificate-refused');
  expect(page.url()).toContain(`?scheme=mtls&client=programmatic${anonymous}`);
});

test('a v1 link with the retired login-page answer reaches the redirect, read as a cookie session on a page load', async ({ page }) => {
  await openWizard(page, '?checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=no&anonymous-caller=login-page');
  await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'redirect-to-login');
  await expect(page.getByTestId('legacy-notice')).toContainText('cookie session, page load');
  await expect(page.getByTestId('setup').locator('summary')).toContainText('cookie · page load');
});
