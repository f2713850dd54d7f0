/** "Quel est mon CMP ?": a resident finds the CMPs of their sector from their address, with and without JavaScript. */
import { test, expect, PHONE } from '../../../tests/support/browser.ts';

test.describe('Quel est mon CMP ?', () => {
  test('types a full address with an abbreviation and no accents and gets one adult and one child CMP', async ({ page }) => {
    await page.setViewportSize(PHONE);
    const indexRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/adresses.json')) indexRequests.push(request.url());
    });
    await page.goto('/ressources/mon-cmp/');
    // The address index is not loaded until the resident uses the finder.
    expect(indexRequests).toEqual([]);
    const field = page.getByLabel('Votre adresse');
    await field.focus();
    await page.keyboard.type('12 av. Anatole-France 69100 villeurbanne');
    await page.keyboard.press('Enter');

    const title = page.getByRole('heading', { level: 2, name: 'Vos CMP pour le 12 rue Anatole France, 69100 Villeurbanne' });
    await expect(title).toBeFocused();
    expect(indexRequests).toHaveLength(1);
    const adults = page.getByRole('region', { name: /^Pour les adultes/ });
    await expect(adults).toHaveCount(1);
    await expect(adults.getByRole('link', { name: 'Centre médico-psychologique adultes de Villeurbanne (exemple)' })).toHaveAttribute('href', '/ressources/cmp-adultes-villeurbanne/');
    await expect(adults.getByRole('link', { name: /^Appeler le 01 99 00/ })).toBeVisible();
    await expect(adults).toContainText('lun.–ven.');
    await expect(adults.locator('open-status')).toHaveText(/Ouvert|Fermé/);
    await expect(adults.getByRole('heading', { name: 'Comment se passe le premier rendez-vous' })).toBeVisible();
    // Directions start from the typed address; they are a plain link, followed only if the resident asks.
    await expect(adults.getByRole('link', { name: 'Itinéraire jusqu’au CMP (OpenStreetMap)' })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/directions\?engine=fossgis_osrm_foot&route=45\.76\d*%2C4\.88\d*%3B45\.77/);
    const children = page.getByRole('region', { name: /^Pour les enfants et adolescents/ });
    await expect(children).toHaveCount(1);
    await expect(children.getByRole('link', { name: /enfants et adolescents de Villeurbanne/ })).toHaveAttribute('href', '/ressources/cmp-enfants-villeurbanne/');
    await expect(page.getByRole('status').filter({ hasText: 'Adresse trouvée' })).toHaveText('Adresse trouvée : 12 rue Anatole France, 69100 Villeurbanne. 1 pour les adultes, 1 pour les enfants.');

    // The even side of a street split by side is the other adult sector.
    await field.fill('46 cours emile zola');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: /^Pour les adultes/ }).getByRole('link', { name: 'Centre médico-psychologique adultes de Villeurbanne Est (exemple)' })).toBeVisible();
  });

  test('an address on a boundary shows both and says why', async ({ page }) => {
    await page.goto('/ressources/mon-cmp/');
    const field = page.getByLabel('Votre adresse');
    await field.fill('80 rue Francis de Pressense, Villeurbanne');
    await field.press('Enter');
    await expect(page.getByText('Le 80 rue Francis de Pressensé est à la limite de deux secteurs : les deux CMP ci-dessous peuvent vous recevoir.')).toBeVisible();
    const adults = page.getByRole('region', { name: /^Pour les adultes/ });
    await expect(adults).toHaveCount(2);
    await expect(adults.nth(0)).toContainText('Secteur adultes Villeurbanne nord et ouest (exemple)');
    await expect(adults.nth(1)).toContainText('Secteur adultes Villeurbanne sud et est (exemple)');
    await expect(page.getByRole('region', { name: /^Pour les enfants et adolescents/ })).toHaveCount(1);

    // One number further, a single answer.
    await field.fill('82 rue Francis de Pressense, Villeurbanne');
    await field.press('Enter');
    await expect(page.getByRole('region', { name: /^Pour les adultes/ })).toHaveCount(1);
    await expect(page.getByText(/à la limite de deux secteurs/)).toBeHidden();
  });

  test('an address outside the territory gets the national lines and the link', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/ressources/mon-cmp/');
    const field = page.getByLabel('Votre adresse');
    await field.fill('5 place Bellecour 69002 Lyon');
    await page.getByRole('button', { name: 'Trouver mon CMP' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Le code postal 69002 n’est pas dans le territoire du CLSM/ })).toBeFocused();
    const elsewhere = page.getByRole('region', { name: 'Vous habitez ailleurs' });
    await expect(elsewhere.getByRole('link', { name: 'Agence régionale de santé Auvergne-Rhône-Alpes' })).toHaveAttribute('href', 'https://www.auvergne-rhone-alpes.ars.sante.fr/');
    await expect(elsewhere.getByRole('link', { name: /3114/ })).toHaveAttribute('href', 'tel:3114');
    await expect(page.getByRole('region', { name: /^Pour les adultes/ })).toHaveCount(0);
  });

  test('a street name found in two communes asks which one', async ({ page }) => {
    await page.goto('/ressources/mon-cmp/');
    await page.getByLabel('Votre adresse').fill('5 rue de la Republique');
    await page.getByLabel('Votre adresse').press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Cette rue existe dans plusieurs communes du territoire. Laquelle est la vôtre ?' })).toBeVisible();
    await page.getByRole('button', { name: '5 rue de la République, Décines-Charpieu' }).click();
    await expect(page.getByRole('region', { name: /^Pour les adultes/ })).toContainText('Secteur adultes Décines-Charpieu (exemple)');
    await expect(page.getByRole('region', { name: /^Pour les enfants/ })).toContainText('Vaulx-en-Velin, Bron et Décines-Charpieu');
  });

  test('a district in the other part of the commune leads to the other adult CMP', async ({ page }) => {
    await page.goto('/ressources/mon-cmp/villeurbanne/');
    await page.getByRole('link', { name: 'Gratte-Ciel', exact: true }).click();
    await expect(page.getByRole('region', { name: /^Pour les adultes/ }).getByRole('link', { name: 'Centre médico-psychologique adultes de Villeurbanne (exemple)' })).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('every commune, street and district is a link to a static answer', async ({ page }) => {
      await page.goto('/ressources/mon-cmp/');
      await expect(page.getByLabel('Votre adresse')).toBeHidden();
      await page.getByRole('link', { name: 'Bron', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre CMP : Bron');
      await expect(page.getByRole('region', { name: /^Pour les adultes/ }).getByRole('link', { name: /adultes de Bron/ })).toBeVisible();
      await expect(page.getByRole('region', { name: /^Pour les enfants et adolescents/ }).getByRole('link', { name: /Vaulx-en-Velin/ })).toBeVisible();
    });

    test('a street split by side lists its parts and both adult CMPs', async ({ page }) => {
      await page.goto('/ressources/mon-cmp/villeurbanne/cours-emile-zola/');
      await expect(page.getByText('cours Émile-Zola est partagée entre plusieurs secteurs :')).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'Côté impair : Secteur adultes Villeurbanne nord et ouest (exemple)' })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'Côté pair : Secteur adultes Villeurbanne sud et est (exemple)' })).toBeVisible();
      await expect(page.getByRole('region', { name: /^Pour les adultes/ })).toHaveCount(2);
    });
  });
});
