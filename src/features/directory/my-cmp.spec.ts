/** "Quel est mon CMP ?": a resident finds the CMPs of their sector, with and without JavaScript. */
import { test, expect, PHONE } from '../../../tests/support/browser.ts';

test.describe('Quel est mon CMP ?', () => {
  test('finds their CMP for a street in a split commune', async ({ page }) => {
    await page.goto('/ressources/mon-cmp/');
    const search = page.getByLabel('Votre commune, votre rue ou votre quartier');
    await search.fill('12 rue Léon Blum');
    await expect(page.getByRole('status').filter({ hasText: 'correspond' })).toHaveText('1 lieu correspond.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'rue Léon-Blum, Villeurbanne' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ressources\/mon-cmp\/villeurbanne\/rue-leon-blum\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre CMP : rue Léon-Blum, Villeurbanne');
    await expect(page.getByText(/découpage de Villeurbanne en secteurs est un exemple/)).toBeVisible();

    const adults = page.getByRole('region', { name: 'Pour les adultes' });
    await expect(adults.getByRole('link', { name: 'Centre médico-psychologique adultes de Villeurbanne Est (exemple)' })).toHaveAttribute('href', '/ressources/cmp-adultes-villeurbanne-est/');
    await expect(adults.getByRole('link', { name: 'Appeler le 01 99 00 30 50' })).toHaveAttribute('href', 'tel:+33199003050');
    await expect(adults).toContainText('lun.–ven.');
    await expect(adults.getByRole('heading', { name: 'Comment se passe le premier rendez-vous' })).toBeVisible();
    const children = page.getByRole('region', { name: 'Pour les enfants et adolescents' });
    await expect(children.getByRole('link', { name: /enfants et adolescents de Villeurbanne/ })).toHaveAttribute('href', '/ressources/cmp-enfants-villeurbanne/');
  });

  test('a district in the other part of the commune leads to the other adult CMP', async ({ page }) => {
    await page.goto('/ressources/mon-cmp/villeurbanne/');
    await page.getByRole('link', { name: 'Gratte-Ciel', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Pour les adultes' }).getByRole('link', { name: 'Centre médico-psychologique adultes de Villeurbanne (exemple)' })).toBeVisible();
  });

  test('a postcode finds its commune, and an unknown street says what to do', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/ressources/mon-cmp/');
    const search = page.getByLabel('Votre commune, votre rue ou votre quartier');
    await search.fill('69500');
    await expect(page.getByRole('link', { name: 'Bron' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Villeurbanne', exact: true })).toBeHidden();
    await search.fill('impasse qui n’existe pas');
    await expect(page.getByText('Aucune commune, rue ou quartier ne correspond.')).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('every commune, street and district is a link to a static answer', async ({ page }) => {
      await page.goto('/ressources/mon-cmp/');
      await expect(page.getByLabel('Votre commune, votre rue ou votre quartier')).toBeHidden();
      await page.getByRole('link', { name: 'Bron', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre CMP : Bron');
      await expect(page.getByRole('region', { name: 'Pour les adultes' }).getByRole('link', { name: /adultes de Bron/ })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Pour les enfants et adolescents' }).getByRole('link', { name: /Vaulx-en-Velin/ })).toBeVisible();
    });
  });
});
