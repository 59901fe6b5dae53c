import { expect, test, type Page } from '@playwright/test';

/** Smallest label and edge sizes as displayed, over every chart on the page, in CSS px. */
async function displayedSizes(page: Page) {
  return page.evaluate(() => {
    let label = Infinity;
    let edge = Infinity;
    for (const svg of document.querySelectorAll<SVGSVGElement>('.flowchart-canvas > svg')) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const el of svg.querySelectorAll('.nodeLabel, .edgeLabel text')) {
        if (!el.textContent?.trim()) continue;
        label = Math.min(label, parseFloat(getComputedStyle(el).fontSize) * scale);
      }
      for (const path of svg.querySelectorAll('path.flowchart-link')) {
        const style = getComputedStyle(path);
        edge = Math.min(edge, parseFloat(style.strokeWidth) * (style.vectorEffect === 'non-scaling-stroke' ? 1 : scale));
      }
    }
    return { label, edge };
  });
}

/** Whether a box of a chart lies (at least half) within what its scroll container shows. */
async function shownInChart(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((node) => {
    const box = node.closest('.flowchart-scroll')!.getBoundingClientRect();
    const n = node.getBoundingClientRect();
    const visible = Math.max(0, Math.min(n.right, box.right) - Math.max(n.left, box.left));
    return visible >= n.width / 2;
  });
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the flowchart page shows every chart whole, labels of 13 px or more, edges of 1.5 px or more', async ({ page }) => {
    await page.goto('./flowchart/');
    await expect(page.locator('.flowchart-canvas > svg')).toHaveCount(4);
    const { label, edge } = await displayedSizes(page);
    test.info().annotations.push({ type: 'measured', description: `smallest label ${label.toFixed(2)} px, thinnest edge ${edge.toFixed(2)} px` });
    expect(label).toBeGreaterThanOrEqual(13);
    expect(edge).toBeGreaterThanOrEqual(1.5);
    // A chart scrolls inside its own box only when even its smallest readable scale (0.725 of its natural
    // width, which keeps 18 px labels at 13 px) is wider than the column; the page never scrolls sideways.
    for (const box of await page.locator('.flowchart-scroll').all()) {
      const { over, needed } = await box.evaluate((b) => {
        const natural = Number(getComputedStyle(b.querySelector('.flowchart-canvas')!).getPropertyValue('--fc-w'));
        return { over: b.scrollWidth - b.clientWidth, needed: Math.ceil(natural * 0.725 - b.clientWidth) };
      });
      expect(over).toBeLessThanOrEqual(Math.max(1, needed));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
});

test.describe('at 375 px, without JavaScript', () => {
  test.use({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });

  test('the flowchart page opens on the start', async ({ page }) => {
    await page.goto('./flowchart/');
    expect(await shownInChart(page, '[id^="fc-request-flowchart-checked_by-"]')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Labels stay legible: the chart scrolls sideways rather than shrinking.
    expect((await displayedSizes(page)).label).toBeGreaterThanOrEqual(13);
  });

  for (const [path, selector] of [
    ['./questions/permitted/', '[id^="fc-permission-flowchart-permitted-"]'],
    ['./questions/public-credentials/', '[id^="fc-caller-flowchart-public_credentials-"]'],
    ['./outcomes/invalid-credentials/', '[id^="fc-caller-flowchart-invalid_credentials-"]'],
    ['./questions/preflight-origin/', '[id^="fc-request-flowchart-preflight_origin-"]'],
    ['./outcomes/step-up-required/', '[id^="fc-credentials-flowchart-step_up_required-"]'],
  ] as const)
    test(`${path} opens its chart on the current box`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('.flowchart-canvas > svg')).toHaveCount(1);
      expect(await shownInChart(page, selector)).toBe(true);
    });
});

test('each chart opens full size as an SVG file, its links under the base @base', async ({ page, request, baseURL }) => {
  await page.goto('./flowchart/');
  const links = await page.getByRole('link', { name: 'Open full size' }).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links).toHaveLength(4);
  const base = new URL(baseURL!).pathname;
  for (const url of links) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg /);
    expect(svg).not.toContain('__base__');
    expect(svg).toContain(`xlink:href="${base}questions/`);
  }
  // It opens in the browser as an image with its own colours.
  await page.goto(links[0]!);
  await expect(page.locator('svg')).toBeVisible();
  expect(await page.locator('[id^="fc-request-flowchart-checked_by-"] > polygon').evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(255, 244, 221)');
});
