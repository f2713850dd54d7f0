/**
 * Writes a set of files all or nothing, the way every importer and command
 * that writes content does: each text goes to a temporary file in its
 * folder first; only when every one is written are they renamed into place,
 * so a reader (or the build) never sees half a file, and a failure leaves
 * the content as it was. Files to remove are moved aside first and deleted
 * only once every new file is in place (put back on a failure).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFilesAtomically(files: readonly { path: string; text: string }[], remove: readonly string[] = []): void {
  const temps: { temp: string; path: string }[] = [];
  const aside: { path: string; moved: string }[] = [];
  try {
    for (const { path, text } of files) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      writeFileSync(temp, text, 'utf8');
      temps.push({ temp, path });
    }
  } catch (error) {
    for (const { temp } of temps) rmSync(temp, { force: true });
    throw error;
  }
  let renamed = 0;
  try {
    for (const path of remove) {
      const moved = join(dirname(path), `.${basename(path)}.${process.pid}.removed`);
      renameSync(path, moved);
      aside.push({ path, moved });
    }
    for (const { temp, path } of temps) {
      renameSync(temp, path);
      renamed += 1;
    }
  } catch (error) {
    // A rename can still fail (a folder in the way): no temporary file is left behind.
    for (const { temp } of temps.slice(renamed)) rmSync(temp, { force: true });
    for (const { path, moved } of aside) renameSync(moved, path);
    throw error;
  }
  for (const { moved } of aside) rmSync(moved, { force: true });
}
