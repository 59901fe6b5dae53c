import { expect, type Page } from '@playwright/test';

/** Clicks on an island before React has hydrated it are lost: wait for hydration first. */
export async function openWizard(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `./${query}` : './');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

export async function answer(page: Page, answerId: string): Promise<void> {
  await page.locator(`[data-testid="question"] a[data-answer="${answerId}"]`).click();
}
