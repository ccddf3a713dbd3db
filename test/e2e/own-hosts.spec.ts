import { startDemoServer } from '../../scripts/demoServer.ts';
import { expect, test } from './fixtures.ts';

test('a site the school adds in Options gets the badge too', async ({ context, page, extensionId }) => {
  // 127.0.0.2 stands for the school's own portal; the E2E build grants it up front (prompts cannot be clicked).
  const portal = await startDemoServer({ host: '127.0.0.2' });
  try {
    await page.goto(`${portal.url}/parnassys/leerling/900101`);
    await page.waitForTimeout(1_000);
    await expect(page.locator('[data-testid="ts-badge"]')).toHaveCount(0);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Webadres').fill('*.nl');
    await options.getByRole('button', { name: 'Site toevoegen' }).click();
    await expect(options.getByRole('alert')).toContainText('Zo breed kan niet');
    await options.getByLabel('Webadres').fill('http://127.0.0.2');
    await options.getByRole('button', { name: 'Site toevoegen' }).click();
    await expect(options.getByText('127.0.0.2 toegevoegd')).toBeVisible();
    await expect(options.getByTestId('ts-own-hosts')).toContainText('127.0.0.2');

    await page.reload();
    await expect(page.locator('[data-testid="ts-badge"]')).toHaveAttribute('data-level', 'thuiszitter');

    await options.getByRole('button', { name: '127.0.0.2 verwijderen' }).click();
    await expect(options.getByText('Nog geen eigen sites.')).toBeVisible();
    await options.close();
  } finally {
    await portal.close();
  }
});

test("the school's region in Options decides the protocol steps in the sidebar", async ({ context, page, server, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Samenwerkingsverband / regioprotocol').selectOption('ppo-rotterdam');
  await expect(options.getByText('Opgeslagen.')).toBeVisible();
  await page.goto(`${server.url}/parnassys/leerling/900101`);
  const sidebar = page.locator('[data-testid="ts-sidebar"]');
  await expect(sidebar).toContainText('Volgende stappen — PPO Rotterdam – Aanpak thuiszitters');
  await expect(sidebar).toContainText('Fase 1 Melding thuiszitter');
});
