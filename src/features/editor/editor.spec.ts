/**
 * A coordinator adds a SISM event from /admin/ in local mode (Sveltia CMS
 * working on a folder of the computer). The folder picker is stubbed: it
 * hands the editor a folder of the browser's private file system (OPFS)
 * holding a copy of the content, since a test cannot click through the
 * operating system's dialog. What the editor writes there is then read
 * back, parsed with the event schema and loaded by the build's own loader
 * (which checks the venue against the directory).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../../../tests/support/browser.ts';
import { readYaml } from '../../core/yaml.ts';
import { PHONE_EXPECTED } from '../../core/phone.ts';
import { event, loadEvents } from '../events/index.ts';

const CONTENT = 'content';

/** The content's text files, as the editor's folder will hold them. */
function contentFiles(dir = CONTENT): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return contentFiles(path);
    return /\.(ya?ml|mdx)$/.test(name) ? [{ path: relative('.', path), text: readFileSync(path, 'utf8') }] : [];
  });
}

/** Stands in for the folder picker: the editor gets a folder of the browser's private file system. */
async function openLocalFolder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: async () => navigator.storage.getDirectory() });
  });
  await page.goto('/admin/');
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle('.git', { create: true });
    for (const { path, text } of files) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, contentFiles());
}

async function readFolderFile(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(async (path) => {
    const parts = path.split('/');
    let dir = await navigator.storage.getDirectory();
    try {
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return await (await (await dir.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
    } catch {
      return undefined;
    }
  }, path);
}

async function listFolder(page: Page, path: string): Promise<string[]> {
  return page.evaluate(async (path) => {
    let dir = await navigator.storage.getDirectory();
    for (const part of path.split('/')) dir = await dir.getDirectoryHandle(part);
    const names: string[] = [];
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names;
  }, path);
}

/**
 * Brings a field into view as a person would, with the mouse wheel over the
 * form: the editor draws only the fields near the visible part of a long form.
 */
async function reveal(page: Page, field: Locator): Promise<void> {
  const pane = page.getByRole('group', { name: /Modifier le contenu/ });
  for (let turn = 0; turn < 30 && (await field.count()) === 0; turn += 1) {
    await pane.hover();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(200);
  }
  await field.first().scrollIntoViewIfNeeded();
}

test('a coordinator adds a SISM event at a directory place, is stopped by a wrong phone number, fixes it and saves', async ({ page }) => {
  test.setTimeout(480_000);
  await openLocalFolder(page);
  const before = new Set(await listFolder(page, 'content/events'));

  await page.getByRole('button', { name: 'Travailler avec un dépôt local' }).click();
  // Reading and parsing every content file takes a few seconds on a loaded machine.
  await expect(page.getByRole('treeitem', { name: 'Événements' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Créer une entrée', exact: true }).click();

  const form = page.getByRole('group', { name: 'Éditeur de contenu' });
  // The new form draws itself again once its defaults are in: type when what is typed stays.
  await expect(async () => {
    await form.getByRole('textbox', { name: 'Titre' }).fill('Atelier « Prendre soin de soi »');
    await form.getByRole('textbox', { name: 'Description' }).fill('Un atelier ouvert à tous pour parler du stress et des ressources près de chez soi.');
    await page.waitForTimeout(1_000);
    await expect(form.getByRole('textbox', { name: 'Titre' })).toHaveValue('Atelier « Prendre soin de soi »', { timeout: 1_000 });
    await expect(form.getByRole('textbox', { name: 'Description' })).not.toHaveValue('', { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await form.getByRole('textbox', { name: 'Début' }).fill('2026-10-16T14:00');
  await form.getByRole('textbox', { name: 'Fin' }).fill('2026-10-16T16:00');
  await form.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Atelier', exact: true }).click();
  // The editor draws the fields of a group once it scrolls into view.
  await reveal(page, form.getByRole('combobox', { name: 'Lieu de l’annuaire' }));
  await form.getByRole('combobox', { name: 'Lieu de l’annuaire' }).click();
  await page.getByRole('option', { name: /GEM.*Villeurbanne/ }).first().click();
  await form.getByRole('combobox', { name: 'Publics' }).click();
  await page.getByRole('option', { name: 'Tout public' }).click();

  const registration = form.getByRole('group', { name: /Champ « .Inscription. »/ });
  await reveal(page, registration);
  await registration.getByRole('button', { name: 'Supprimer' }).click();
  await registration.getByRole('button', { name: /Ajouter/ }).click();
  await page.getByRole('menuitem', { name: /téléphone/i }).click();
  const phone = registration.getByRole('textbox', { name: 'Téléphone' });
  await phone.fill('04 72 00');

  const organisers = form.getByRole('group', { name: /Champ « .Organisateurs. »/ });
  await reveal(page, organisers);
  await organisers.getByRole('button', { name: /Ajouter/ }).click();
  await organisers.getByRole('textbox', { name: 'Nom' }).fill('GEM Le Passage');
  const edition = form.getByRole('spinbutton', { name: 'Édition des SISM (année)' });
  await reveal(page, edition);
  await edition.fill('2026');
  await page.screenshot({ path: 'test-results/editor-event-form.png' });

  // Saving with a wrong number: the editor refuses, with the build's words.
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(PHONE_EXPECTED).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/editor-event-phone-error.png' });
  expect(await listFolder(page, 'content/events'), 'nothing is written while the form has an error').toEqual([...before]);

  await phone.fill('04 72 00 00 00');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect.poll(async () => (await listFolder(page, 'content/events')).filter((name) => !before.has(name))).toHaveLength(1);
  const [created] = (await listFolder(page, 'content/events')).filter((name) => !before.has(name));
  const text = (await readFolderFile(page, `content/events/${created}`)) ?? '';

  // The file is what the schema expects, and the build's loader takes it with the directory.
  const data = event.parse(readYaml(text));
  expect(data).toMatchObject({
    title: 'Atelier « Prendre soin de soi »',
    start: '2026-10-16T14:00',
    end: '2026-10-16T16:00',
    type: 'atelier',
    audiences: ['tout-public'],
    registration: { kind: 'phone', phone: '+33472000000' },
    organisers: [{ name: 'GEM Le Passage' }],
    edition: 2026,
  });
  expect(data.place).toHaveProperty('resource');
  const copy = mkdtempSync(join(tmpdir(), 'clsm-editor-'));
  try {
    cpSync(join(CONTENT, 'events'), join(copy, 'events'), { recursive: true });
    writeFileSync(join(copy, 'events', created ?? ''), text);
    const events = loadEvents(join(copy, 'events'));
    expect(events.map((e) => e.id)).toContain(created?.replace(/\.yaml$/, ''));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
