/**
 * The copyable markup each story shows in its docs (`parameters.docs.source.code`): what
 * an integrator puts in a page for the state the story shows, against a real server.
 */

/** Trims the common indentation and the blank lines around a snippet. */
export function snippet(text: string): string {
  const lines = text.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(indent)).join('\n');
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return snippet(text)
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

export interface PageSnippetOptions {
  /** Elements inside `<whoson-session>`. */
  inside?: string;
  /** Markup after `</whoson-session>` (elements attached with `session="main"`). */
  beside?: string;
  /** Attributes of `<whoson-session>` beyond url, auth-string and username. */
  sessionAttributes?: string;
  /** Markup around everything (`%s` marks where it goes), e.g. `<div dir="rtl" lang="ar">%s</div>`. */
  wrapper?: string;
  /** Which define modules the page imports (tag names). */
  defines: readonly string[];
  /** Lines of the module script after the imports. */
  script?: string;
  /** A `<style>` block. */
  style?: string;
}

/**
 * A page fragment: the define imports, a `<whoson-session>` for a real server (its login
 * form asks for the password: it is never an attribute) and the story's elements.
 */
export function pageSnippet(options: PageSnippetOptions): string {
  const imports = options.defines.map((tag) => `  import 'whoson-elements/define/${tag}.js';`).join('\n');
  const script = options.script ? `\n${indent(options.script, 2)}` : '';
  const attributes = options.sessionAttributes ? ` ${options.sessionAttributes}` : '';
  const opening = `<whoson-session id="main" url="wss://chat.example.com:8013" auth-string="MYSERVERAUTH"${attributes}>`;
  const inside = options.inside ? `\n${indent(options.inside, 2)}\n` : '';
  const beside = options.beside ? `\n${snippet(options.beside)}` : '';
  let body = `${opening}${inside}</whoson-session>${beside}`;
  if (options.wrapper) {
    const [before = '', after = ''] = options.wrapper.split('%s');
    body = `${before}\n${indent(body, 2)}\n${after}`;
  }
  const style = options.style ? `<style>\n${indent(options.style, 2)}\n</style>\n` : '';
  return `<script type="module">\n${imports}${script}\n</script>\n${style}${body}`;
}
