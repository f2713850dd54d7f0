/**
 * Markdown/MDX body to plain paragraphs, for printable sample PDFs.
 * Only what the sample content uses: headings, lists, emphasis, links, inline HTML.
 */

/** A block of the printable document. */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'item';
  text: string;
}

function inline(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a Markdown body into headings, paragraphs and list items. */
export function markdownToBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: inline(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: inline(heading[1] ?? '') });
    } else if (item) {
      flush();
      blocks.push({ kind: 'item', text: inline(item[1] ?? '') });
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks.filter((b) => b.text.length > 0);
}
