import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { benchPage } from '../../bench/benchPage.ts';
import { expect, test } from './fixtures.ts';

test('a large overview gets its badges in a layer of their own, beside each row, following the scroll', async ({ page }) => {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(benchPage(1_000));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const layerBadges = page.locator('thuiszitter-badges [data-testid="ts-badge"]');
    // 1,000 rows for 50 pupils: one badge per pupil, none inside the table.
    await expect(layerBadges).toHaveCount(50);
    await expect(page.locator('table thuiszitter-badge')).toHaveCount(0);

    const beside = async (pupil: string) => {
      const badge = page.locator(`thuiszitter-badges [data-testid="ts-badge"][data-pupil="${pupil}"]`);
      await expect(badge).toBeVisible();
      const cell = page.locator('tbody tr').filter({ has: page.locator(`td:text-is("${pupil}")`) }).first().locator('td').nth(1);
      const [b, c] = [await badge.boundingBox(), await cell.boundingBox()];
      expect(Math.abs(b!.y + b!.height / 2 - (c!.y + c!.height / 2))).toBeLessThan(12);
      expect(b!.x).toBeGreaterThanOrEqual(c!.x + c!.width - 2);
    };
    await beside('100000');
    // Scroll so another row is in view: its badge is there, beside it.
    await page.locator('tbody tr').nth(30).scrollIntoViewIfNeeded();
    await beside('100030');
    await expect(page.locator('thuiszitter-badges [data-testid="ts-badge"][data-pupil="100030"]')).toHaveAttribute('data-level', /^(thuiszitter|meldplicht-16-uur|dreigend-thuiszitter|mazl|geen)$/);
  } finally {
    server.close();
    server.closeAllConnections();
  }
});
