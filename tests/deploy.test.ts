/**
 * The publishing recipes of deploy/ (docs/deploy.md): each one parses as
 * YAML, installs from the lockfile, runs the README's build command and
 * publishes dist/, and the guide names each file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readYaml } from '../src/core/yaml.ts';

type Step = { run?: string; uses?: string; with?: Record<string, unknown> };
const load = (file: string) => readYaml(readFileSync(file, 'utf8')) as Record<string, any>;
const README = readFileSync('README.md', 'utf8');
const GUIDE = readFileSync('docs/deploy.md', 'utf8');
/** The build command the README gives for deploying. */
const BUILD = /`(npm run build)` writes the complete site to `dist\/`/.exec(README)?.[1];

describe('publishing recipes', () => {
  it('take the build command from the README', () => {
    expect(BUILD).toBe('npm run build');
  });

  it('GitLab CI: a pages job on the default branch builds and publishes dist/ as public/', () => {
    const ci = load('deploy/gitlab-ci.yml');
    const job = ci['pages'];
    expect(job.image).toMatch(/^node:24/);
    expect(job.script).toEqual(['npm ci --cache .npm --prefer-offline', BUILD, 'rm -rf public', 'mv dist public']);
    expect(job.artifacts.paths).toEqual(['public']);
    expect(job.rules[0].if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
  });

  it('GitHub Actions: builds on Node 24, uploads dist/ as the Pages artifact and deploys it', () => {
    const workflow = load('deploy/github-pages.yml');
    expect(workflow['permissions']).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const build = workflow['jobs'].build.steps as Step[];
    expect(build.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
    expect(build.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', BUILD]);
    expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('dist');
    const deploy = workflow['jobs'].deploy;
    expect(deploy.needs).toBe('build');
    expect((deploy.steps as Step[]).some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('Forgejo/Gitea Actions: builds in a Node 24 container and pushes dist/ to the pages branch', () => {
    const workflow = load('deploy/forgejo-pages.yml');
    const job = workflow['jobs'].pages;
    expect(job.container.image).toMatch(/^node:24/);
    const runs = (job.steps as Step[]).map((s) => s.run).filter((r): r is string => r !== undefined);
    expect(runs.slice(0, 2)).toEqual(['npm ci', BUILD]);
    expect(runs[2]).toMatch(/^cd dist\n/);
    expect(runs[2]).toMatch(/git push --force .* pages\n?$/);
    expect(job.steps.at(-1).env.PAGES_TOKEN).toBe('${{ secrets.PAGES_TOKEN }}');
  });

  it('are each named in the guide, with the web server configurations', () => {
    for (const file of ['deploy/gitlab-ci.yml', 'deploy/github-pages.yml', 'deploy/forgejo-pages.yml', 'deploy/nginx.conf', 'deploy/apache.conf']) expect(GUIDE, file).toContain(file);
    expect(GUIDE).toContain(BUILD);
  });
});
