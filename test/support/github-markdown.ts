// Markdown rendered as GitHub renders a job summary: GitHub Flavored Markdown, raw HTML allowed and
// then passed through GitHub's sanitizer allowlist (rehype-sanitize's default schema is GitHub's).
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const toSanitizedTree = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize);

/** The sanitized HTML tree GitHub would show for this Markdown. */
export async function githubTree(markdown: string): Promise<Root> {
  return (await toSanitizedTree.run(toSanitizedTree.parse(markdown))) as Root;
}

/** The sanitized HTML GitHub would show for this Markdown. */
export async function githubHtml(markdown: string): Promise<string> {
  return unified()
    .use(rehypeStringify)
    .stringify(await githubTree(markdown));
}
