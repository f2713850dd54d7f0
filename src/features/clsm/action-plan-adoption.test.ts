import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPath } from '../../core/content-dir.ts';
import { translate } from '../../core/i18n/i18n.ts';
import { loadActionPlan } from './clsm-data.ts';

/** Every sentence of the news and press releases that says the action plan was adopted. */
function adoptionSentences(): { file: string; sentence: string }[] {
  const dirs = [contentPath('news', 'fr'), contentPath('press', 'releases')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) =>
        readFileSync(join(dir, name), 'utf8')
          .split(/(?<=[.!?])\s+|\n/)
          .filter((s) => /adopt/i.test(s) && /plan d.action/i.test(s))
          .map((sentence) => ({ file: name, sentence })),
      ),
  );
}

describe('the body that adopted the action plan', () => {
  it('is the one action-plan.yaml names, wherever the site says it (one source)', () => {
    const plan = loadActionPlan();
    const other = plan.adoptedBy === 'steering' ? 'assembly' : 'steering';
    const otherName = translate('fr', `actionPlan.adoptedBy.${other}`).replace(/^(le |l’)/, '');
    const sentences = adoptionSentences();
    expect(sentences.length).toBeGreaterThan(0);
    const contradictions = sentences.filter(({ sentence }) => sentence.toLowerCase().includes(otherName));
    expect(contradictions).toEqual([]);
  });
});
