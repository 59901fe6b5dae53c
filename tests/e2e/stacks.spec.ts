/**
 * "In your stack": the wizard's stack choice rides in the links and the review comment, the outcome
 * pages show the chosen stack (from the link, the anchor or the last choice), and without JavaScript
 * every stack shows. Expected texts come from the data and the snippet functions, the pages render them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { OUTCOMES } from '../../src/decision/index.ts';
import { cellOf, STACK_IDS, stackById } from '../../src/stacks/index.ts';
import { reviewComment } from '../../src/view/snippets.ts';
import { stackMention } from '../../src/view/stack-view.ts';
import { answer, openWizard } from './helpers.ts';

const FORBIDDEN_ANSWERS = [
  'origin', 'no', 'yes', 'yes', 'yes', 'well-formed', 'valid', 'no', 'yes',
] as const;
const FORBIDDEN = '?scheme=bearer&client=programmatic&checked-by=origin&client-blocked=no&route-exists=yes&requires-auth=yes&credentials-sent=yes&credentials-parse=well-formed&credentials-valid=valid&permitted=no&reveal-existence=yes';
const spring = stackById('spring');
const SHOWN = 'section[data-stack]:visible';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Fails the test on any script error of the page. */
function noErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  return errors;
}

test('choose a stack in the wizard, reach an outcome, follow "In <stack>" to its snippet and copy a review comment naming it @base', async ({ page }) => {
  const errors = noErrors(page);
  await openWizard(page);
  await page.getByTestId('setup').locator('summary').click();
  await page.getByLabel('Your stack (optional)').selectOption('spring');
  await expect(page).toHaveURL(/[?&]stack=spring$/);
  for (const a of FORBIDDEN_ANSWERS) await answer(page, a);

  // Every step kept the stack, and the decision did not call it an ignored answer.
  const result = page.getByTestId('result');
  await expect(result).toHaveAttribute('data-outcome', 'forbidden');
  expect(new URL(page.url()).search).toBe(`${FORBIDDEN}&stack=spring`);
  const mention = stackMention(spring, 'forbidden');
  const line = page.getByTestId('stack-line');
  await expect(line).toHaveText(`In ${spring.name}: ${mention.summary}`);
  await expect(page.locator('#wizard-share-markdown')).toHaveValue(/In \[/);
  expect(await page.locator('#wizard-share-markdown').inputValue()).toContain(`In [${spring.name}](`);
  await page.reload();
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.getByTestId('ignored-notice')).toHaveCount(0);
  await expect(page.getByTestId('stack-line')).toBeVisible();

  await page.getByTestId('stack-line').getByRole('link').click();
  await expect(page).toHaveURL(/\/outcomes\/forbidden\/\?.*stack=spring#stack-spring$/);
  await expect(page.locator(SHOWN)).toHaveCount(1);
  const section = page.locator('#stack-spring');
  await expect(section).toBeVisible();
  await expect(page.locator('#stack-django')).toBeHidden();
  await expect(page.getByLabel('Your stack', { exact: true })).toHaveValue('spring');
  const cell = cellOf(spring, 'forbidden');
  expect('recipe' in cell, 'Spring Security has a recipe for 403 Forbidden').toBe(true);
  if ('recipe' in cell) {
    await expect(section.getByTestId('stack-snippet')).toBeVisible();
    await expect(section.getByTestId('stack-snippet')).toContainText(cell.recipe.code.split('\n')[0]!.trim());
  }
  // The answers made the route show, and the stack is no answer: no "do not lead here" warning.
  await expect(page.locator('#how-you-got-here [data-mismatch]')).toBeHidden();
  await expect(page.locator('#how-you-got-here ol:visible')).toHaveCount(1);

  await page.getByRole('button', { name: 'Copy review comment' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const here = new URL(new URL(canonical).pathname, page.url()).href;
  const link = `${here}${FORBIDDEN}&stack=spring`;
  expect(copied).toBe(reviewComment(OUTCOMES.forbidden, link, mention));
  expect(copied).toContain(`In [${spring.name}](${link}#stack-spring)`);
  await expect(page.locator('#share-link')).toHaveValue(link);
  expect(errors).toEqual([]);
});

test('the choice made on an outcome page is remembered on the next one; ?stack= wins over it, #stack-<id> too', async ({ page }) => {
  const errors = noErrors(page);
  await page.goto('./outcomes/forbidden/');
  await expect(page.locator(SHOWN)).toHaveCount(STACK_IDS.length);
  await page.getByLabel('Your stack', { exact: true }).selectOption('django');
  await expect(page.locator(SHOWN)).toHaveCount(1);
  await expect(page.locator('#stack-django')).toBeVisible();
  // The address and the review comment follow the select.
  await expect(page).toHaveURL(/\/outcomes\/forbidden\/\?stack=django$/);
  await expect(page.locator('#share-markdown')).toHaveValue(new RegExp(`In \\[${stackById('django').name}\\]`));

  await page.goto('./outcomes/authentication-required/');
  await expect(page.locator('#stack-django')).toBeVisible();
  await expect(page.locator(SHOWN)).toHaveCount(1);
  await expect(page.getByLabel('Your stack', { exact: true })).toHaveValue('django');

  await page.goto('./outcomes/authentication-required/?stack=spring');
  await expect(page.locator('#stack-spring')).toBeVisible();
  await expect(page.locator(SHOWN)).toHaveCount(1);

  await page.goto('./outcomes/authentication-required/?stack=spring#stack-kong');
  await expect(page.locator('#stack-kong')).toBeVisible();
  await expect(page.locator(SHOWN)).toHaveCount(1);

  // "All stacks" shows every one again, and is remembered too.
  await page.getByLabel('Your stack', { exact: true }).selectOption('');
  await expect(page.locator(SHOWN)).toHaveCount(STACK_IDS.length);
  await page.goto('./outcomes/gone/');
  await expect(page.locator(SHOWN)).toHaveCount(STACK_IDS.length);
  expect(errors).toEqual([]);
});

test('a #stack-django anchor, in the address or clicked, shows that stack', async ({ page }) => {
  await page.goto('./outcomes/gone/#stack-django');
  await expect(page.locator('#stack-django')).toBeVisible();
  await expect(page.locator(SHOWN)).toHaveCount(1);
  await page.locator('.stack-list').getByRole('link', { name: stackById('kong').name, exact: true }).click();
  await expect(page.locator('#stack-kong')).toBeInViewport();
  await expect(page.locator('#stack-django')).toBeHidden();
  await expect(page.getByLabel('Your stack', { exact: true })).toHaveValue('kong');
});

test('unknown stacks in the address or in storage are ignored: every stack shows, nothing breaks', async ({ page }) => {
  const errors = noErrors(page);
  await page.goto('./outcomes/gone/');
  await page.evaluate(() => localStorage.setItem('stack', '__proto__'));
  for (const url of ['./outcomes/gone/?stack=nope', './outcomes/gone/?stack=__proto__&stack=spring', './outcomes/gone/#stack-', './outcomes/gone/?stack=%E0%A4#stack-x']) {
    await page.goto(url);
    await expect(page.locator(SHOWN), url).toHaveCount(STACK_IDS.length);
    await expect(page.getByLabel('Your stack', { exact: true })).toHaveValue('');
    await expect(page.locator('#share-markdown')).not.toHaveValue(/In \[/);
  }
  expect(errors).toEqual([]);
});

// One test per page: a stack page holds every outcome's snippet, and axe takes a while on a busy machine.
for (const url of ['./outcomes/authentication-required/?stack=spring', './stacks/spring/', './stacks/']) {
  test(`axe finds nothing on ${url}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), url).toEqual([]);
  });
}

test('a stack page lists its defaults, traps first, and links each to the stack’s section of the outcome', async ({ page }) => {
  await page.goto('./stacks/spring/');
  await expect(page.locator('h1')).toHaveText(spring.name);
  const rows = page.locator('.stack-defaults tbody tr');
  const traps = await rows.evaluateAll((trs) => trs.map((tr) => tr.hasAttribute('data-trap')));
  expect(traps).toEqual([...traps].sort((a, b) => Number(b) - Number(a)));
  if (traps.includes(true)) await expect(rows.first().getByText('Trap', { exact: true })).toBeVisible();
  await page.locator('.stack-defaults a').first().click();
  await expect(page).toHaveURL(/\/outcomes\/[a-z-]+\/#stack-spring$/);
  await expect(page.locator('#stack-spring')).toBeVisible();
  await expect(page.locator(SHOWN)).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every stack shows on an outcome page, and the select stays hidden @base', async ({ page }) => {
    await page.goto('./outcomes/forbidden/?stack=spring');
    await expect(page.locator(SHOWN)).toHaveCount(STACK_IDS.length);
    await expect(page.locator('[data-picker]')).toBeHidden();
    for (const id of STACK_IDS) await expect(page.locator(`.stack-list a[href="#stack-${id}"]`)).toHaveCount(1);
  });
});

for (const js of [true, false]) {
  test.describe(`at 375 px, JavaScript ${js ? 'on' : 'off'}`, () => {
    test.use({ viewport: { width: 375, height: 800 }, javaScriptEnabled: js });
    test('no page scrolls sideways; snippets scroll in their own box', async ({ page }) => {
      for (const url of ['./outcomes/authentication-required/?stack=spring', './outcomes/forbidden/', './stacks/spring/', './stacks/']) {
        await page.goto(url);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), url).toBe(true);
        for (const box of await page.locator('.stack-code pre:visible').all()) {
          expect(await box.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth), url).toBe(true);
        }
      }
    });
  });
}
