// Minifies the CSS inside Lit's css`...` templates: comments out, whitespace collapsed,
// no spaces around braces, semicolons and commas, no space after a colon, no last
// semicolon in a block. Quoted strings and ${...} expressions are left as they are.
// The build runs it over the element styles (`npm run build`: the compiled modules in
// dist/ and the script-tag bundle), so what ships carries no indentation.

/** Minifies CSS code with no strings in it. */
function minifyCode(code) {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** Minifies one run of CSS text between expressions; quoted strings are copied unchanged. */
function minifyCss(text) {
  let out = '';
  let code = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      // A comment may hold quotes: it goes whole.
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      code += ' ';
      continue;
    }
    if (char === "'" || char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += minifyCode(code) + text.slice(i, end + 1);
      code = '';
      i = end + 1;
      continue;
    }
    code += char;
    i += 1;
  }
  return out + minifyCode(code);
}

/** Every css`...` template of a module's source, minified; the rest of the source unchanged. */
export function minifyCssTemplates(source) {
  let result = '';
  let from = 0;
  // `css` then the template (TypeScript's output puts a space between them).
  const opening = /\bcss\s*`/g;
  for (let match = opening.exec(source); match !== null; match = opening.exec(source)) {
    const start = match.index;
    result += source.slice(from, start + match[0].length);
    let i = start + match[0].length;
    let chunk = '';
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        chunk += source.slice(i, i + 2);
        i += 2;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        // An expression: copied as is, up to its matching brace.
        result += minifyCss(chunk);
        chunk = '';
        let depth = 0;
        const open = i;
        do {
          if (source[i] === '{') depth += 1;
          else if (source[i] === '}') depth -= 1;
          i += 1;
        } while (depth > 0 && i < source.length);
        result += source.slice(open, i);
      } else {
        chunk += source[i];
        i += 1;
      }
    }
    result += minifyCss(chunk) + '`';
    from = i + 1;
    opening.lastIndex = from;
  }
  return result + source.slice(from);
}
