/** "Autour de moi" measures from the address the resident typed, not from their commune's centre. */
import { test, expect } from '../../../tests/support/browser.ts';

test('a resident who types their address gets the places sorted from that address', async ({ page }) => {
  await page.goto('/ressources/');
  const near = page.getByRole('region', { name: 'Autour de moi' });
  const field = near.getByLabel('Ou tapez une adresse');
  await field.fill('12 r. Anatole France, Villeurbanne');
  await field.press('Enter');
  await expect(near.getByRole('heading', { name: 'Les lieux les plus proches de l’adresse 12 rue Anatole France, Villeurbanne' })).toBeVisible();
  const first = near.getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveText('Centre médico-psychologique enfants et adolescents de Villeurbanne (exemple)');
  await expect(first).toContainText('à 0,1 km');

  // The commune alone still measures from its centre, where something else is nearest.
  await field.fill('Villeurbanne');
  await field.press('Enter');
  await expect(near.getByRole('heading', { name: 'Les lieux les plus proches du centre de Villeurbanne' })).toBeVisible();
  await expect(near.getByRole('listitem').first().getByRole('link')).toHaveText('Groupe de parole des familles (exemple)');
});
