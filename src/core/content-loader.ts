/**
 * Astro's glob loader, with the data of each file read again by core/yaml.ts
 * before the schema sees it. Astro parses front matter and YAML with
 * js-yaml's default schema, whose date type builds a JavaScript Date without
 * checking the day: "2026-13-45" became 14 February 2027, silently. Read
 * with the YAML 1.2 core schema, dates stay text and the schemas' isoDate
 * refuses the impossible ones with the file and the field.
 */
import { readFileSync } from 'node:fs';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { readYaml } from './yaml.ts';

/** The front matter between the opening and closing `---` of a Markdown/MDX file, or the whole of a YAML file. */
export function yamlDataOf(text: string, path: string): unknown {
  if (/\.ya?ml$/i.test(path)) return readYaml(text);
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? readYaml(match[1] ?? '') : {};
}

/** glob() whose entries reach the schema with their dates as written. */
export function contentGlob(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath === undefined) return context.parseData(props);
          const data = yamlDataOf(readFileSync(props.filePath, 'utf8'), props.filePath);
          // Keys Astro adds to the data (none today) are kept; the file's own values replace the parsed ones.
          return context.parseData({ ...props, data: { ...props.data, ...(data as typeof props.data) } });
        },
      }),
  };
}
