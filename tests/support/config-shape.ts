/**
 * Shape checks for the two configuration languages that have no parser on npm worth trusting: nginx and
 * Apache httpd. They do not know every directive; they catch what breaks a configuration before the server
 * reads a single directive: an unterminated directive, unbalanced or mismatched blocks, unclosed quotes.
 *
 * Each follows the server's own reader: nginx's ngx_conf_read_token (src/core/ngx_conf_file.c), Apache's
 * ap_build_config / ap_getword_conf (server/config.c, server/util.c). Problems carry a 1-based line and
 * column, like the tree-sitter and TypeScript checks beside them (tests/support/parsers.ts).
 */

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

/** 1-based line and column of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

// ------------------------------------------------------------------------------------------------ nginx

/**
 * Blocks whose entries are data, not directives (map $a $b { default 0; ~^/api 1; }, types { text/html html; }):
 * their first word is free-form, so the directive-name rule does not apply inside them.
 */
const NGINX_DATA_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match']);

/** A directive name as nginx modules spell them (lower case, digits, underscores). */
const NGINX_NAME = /^[a-z_][a-z0-9_]*$/;

interface NginxWord {
  text: string;
  start: number;
}

/**
 * Checks that an nginx configuration (a whole file or a fragment such as a server or location block) has the
 * shape nginx reads: words, quoted strings ("..." or '...', backslash escapes), ${var} variables and # comments;
 * every simple directive ends with `;`, every block directive opens with `{` and braces balance; directive names
 * are identifiers outside data blocks (map, types, …). `*_by_lua_block { … }` bodies are Lua: they are skipped
 * as balanced braces, as OpenResty's reader does.
 */
export function checkNginx(text: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const fail = (offset: number, message: string) => {
    problems.push({ ...position(text, offset), message });
  };
  /** The names of the open blocks, innermost last, with where they opened. */
  const open: { name: string; start: number }[] = [];
  let words: NginxWord[] = [];

  const directiveName = (): string | undefined => {
    const first = words[0];
    if (!first) return undefined;
    const inData = open.some((b) => NGINX_DATA_BLOCKS.has(b.name));
    if (!inData && !NGINX_NAME.test(first.text)) fail(first.start, `"${first.text}" is not a directive name`);
    return first.text;
  };

  let i = 0;
  while (i < text.length && problems.length === 0) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
      i++;
    } else if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === ';') {
      if (words.length === 0) fail(i, 'unexpected ";"');
      else directiveName();
      words = [];
      i++;
    } else if (ch === '{') {
      if (words.length === 0) {
        fail(i, 'unexpected "{"');
        break;
      }
      const name = directiveName() ?? '';
      words = [];
      if (name.endsWith('_by_lua_block')) {
        i = skipLuaBlock(text, i, fail);
      } else {
        open.push({ name, start: i });
        i++;
      }
    } else if (ch === '}') {
      if (words.length > 0) fail(i, 'unexpected "}": the directive before it has no ";"');
      else if (open.length === 0) fail(i, 'unexpected "}": no block is open');
      open.pop();
      i++;
    } else if (ch === '"' || ch === "'") {
      const start = i;
      i++;
      while (i < text.length && text[i] !== ch) i += text[i] === '\\' ? 2 : 1;
      if (i >= text.length) {
        fail(start, `unclosed ${ch} quote`);
        break;
      }
      i++;
      words.push({ text: text.slice(start, i), start });
      // nginx wants a separator after a quoted string ("a"b is an error); `)` closes an `if (…)` condition.
      const next = text[i];
      if (next !== undefined && !/[\s;{)]/.test(next)) fail(i, `unexpected "${next}" after a quoted string`);
      if (next === ')') i++;
    } else {
      const start = i;
      // A word runs to whitespace, ";" or "{"; a "{" right after "$" opens a ${variable} and belongs to it.
      while (i < text.length) {
        const c = text[i]!;
        if (c === '\\') {
          i += 2;
          continue;
        }
        if (c === '{' && text[i - 1] === '$') {
          const close = text.indexOf('}', i);
          if (close === -1) {
            fail(i, 'unclosed ${variable}');
            return problems;
          }
          i = close + 1;
          continue;
        }
        if (/[\s;{]/.test(c)) break;
        i++;
      }
      const word = { text: text.slice(start, i), start };
      // nginx would read on, but a line that starts with a directive name inside a directive is, in practice, the
      // next directive after a forgotten ";" (continued arguments are values: URLs, quoted strings, numbers).
      const startsLine = /\n[ \t]*$/.test(text.slice(0, start));
      const inData = open.some((b) => NGINX_DATA_BLOCKS.has(b.name));
      if (words.length > 0 && startsLine && !inData && NGINX_NAME.test(word.text)) {
        fail(words[0]!.start, `"${words[0]!.text}" has no ";" before the next line's "${word.text}"`);
        break;
      }
      words.push(word);
    }
  }
  if (problems.length === 0) {
    if (words.length > 0) fail(words[0]!.start, `"${words[0]!.text}" has no ";" or "{" before the end`);
    else if (open.length > 0) fail(open.at(-1)!.start, `the "${open.at(-1)!.name}" block is never closed with "}"`);
  }
  return problems;
}

/** Skips a Lua body from its "{" to the matching "}" (strings and -- comments aside); returns the offset after it. */
function skipLuaBlock(text: string, openAt: number, fail: (offset: number, message: string) => void): number {
  let depth = 0;
  let i = openAt;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '-' && text[i + 1] === '-') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  fail(openAt, 'the Lua block is never closed with "}"');
  return text.length;
}

// ----------------------------------------------------------------------------------------------- Apache

/** A directive or section name (Apache's own are letters and digits; modules add underscores). */
const APACHE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Checks that an Apache httpd configuration (a file, a <VirtualHost>, or an .htaccess fragment) has the shape
 * httpd reads: one directive per logical line (a "\" as the very last character continues it), names of letters,
 * digits and underscores, quotes closed, comments only on lines of their own, and <Section args> … </Section>
 * balanced and matching (names compared case-insensitively, as httpd does).
 */
export function checkApache(text: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const open: { name: string; line: number }[] = [];
  const lines = text.split('\n');

  for (let n = 0; n < lines.length && problems.length === 0; n++) {
    const first = n + 1;
    let logical = lines[n]!.replace(/\r$/, '');
    // Continuation: the backslash must be the last character; "\ " at a line end is a stray backslash.
    while (logical.endsWith('\\') && n + 1 < lines.length) {
      logical = `${logical.slice(0, -1)} ${lines[++n]!.replace(/\r$/, '')}`;
    }
    const fail = (column: number, message: string) => problems.push({ line: first, column, message });
    const indent = logical.length - logical.trimStart().length;
    const body = logical.trim();
    if (body === '' || body.startsWith('#')) continue;
    if (logical.endsWith('\\')) {
      fail(logical.length, 'the line continues ("\\") past the end of the configuration');
      break;
    }
    if (/\\\s+$/.test(logical)) {
      fail(logical.trimEnd().length, 'a "\\" followed by spaces does not continue the line: remove the spaces');
      break;
    }

    if (body.startsWith('</')) {
      const m = /^<\/([^\s>]*)\s*>$/.exec(body);
      if (!m || !APACHE_NAME.test(m[1]!)) {
        fail(indent + 1, `a closing section must read </Name>: ${body}`);
        break;
      }
      const top = open.pop();
      if (!top) fail(indent + 1, `</${m[1]}> closes no open section`);
      else if (top.name.toLowerCase() !== m[1]!.toLowerCase()) fail(indent + 1, `</${m[1]}> closes <${top.name}> opened on line ${top.line}`);
      continue;
    }

    if (body.startsWith('<')) {
      if (!body.endsWith('>')) {
        fail(indent + 1, 'a section line must end with ">"');
        break;
      }
      const inner = body.slice(1, -1);
      const name = /^[^\s>]*/.exec(inner)![0];
      if (!APACHE_NAME.test(name)) {
        fail(indent + 2, `"${name}" is not a section name`);
        break;
      }
      const quote = unclosedQuote(inner.slice(name.length));
      if (quote !== null) {
        fail(indent + 2 + name.length + quote, 'unclosed quote');
        break;
      }
      open.push({ name, line: first });
      continue;
    }

    const name = /^\S*/.exec(body)![0];
    if (!APACHE_NAME.test(name)) {
      fail(indent + 1, `"${name}" is not a directive name`);
      break;
    }
    const args = body.slice(name.length);
    const quote = unclosedQuote(args);
    if (quote !== null) {
      fail(indent + 1 + name.length + quote, 'unclosed quote');
      break;
    }
    const comment = trailingComment(args);
    if (comment !== null) fail(indent + 1 + name.length + comment, 'httpd takes a "#" after a directive as an argument: comments need a line of their own');
  }
  if (problems.length === 0 && open.length > 0) {
    const top = open.at(-1)!;
    problems.push({ line: top.line, column: 1, message: `<${top.name}> is never closed with </${top.name}>` });
  }
  return problems;
}

/**
 * Walks arguments as ap_getword_conf does: a word that starts with " or ' runs to the same quote (a backslash
 * escapes it). Returns the offset of an opening quote that is never closed, else null.
 */
function unclosedQuote(args: string): number | null {
  let i = 0;
  while (i < args.length) {
    while (i < args.length && /\s/.test(args[i]!)) i++;
    const q = args[i];
    if (q === '"' || q === "'") {
      const start = i++;
      while (i < args.length && args[i] !== q) i += args[i] === '\\' ? 2 : 1;
      if (i >= args.length) return start;
      i++;
    } else {
      while (i < args.length && !/\s/.test(args[i]!)) i++;
    }
  }
  return null;
}

/** The offset of an unquoted word starting with "#" (an attempted end-of-line comment), else null. */
function trailingComment(args: string): number | null {
  let i = 0;
  while (i < args.length) {
    while (i < args.length && /\s/.test(args[i]!)) i++;
    const q = args[i];
    if (q === '#') return i;
    if (q === '"' || q === "'") {
      i++;
      while (i < args.length && args[i] !== q) i += args[i] === '\\' ? 2 : 1;
      i++;
    } else {
      while (i < args.length && !/\s/.test(args[i]!)) i++;
    }
  }
  return null;
}
