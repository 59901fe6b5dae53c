/**
 * The nginx and Apache shape checks (tests/support/config-shape.ts) on configurations that must pass and on
 * broken ones that must fail, with the line and column of the mistake.
 */
import { describe, expect, it } from 'vitest';
import { checkApache, checkNginx } from '../support/config-shape.ts';

const lines = (...l: string[]) => l.join('\n');

describe('the nginx shape check', () => {
  const good: Record<string, string> = {
    'a server block with locations, variables, quotes and comments': lines(
      'server {',
      '    listen 443 ssl;  # TLS only',
      '    location /api/ {',
      '        if ($http_authorization = "") {',
      '            add_header WWW-Authenticate \'Bearer realm="api"\' always;',
      '            return 401;',
      '        }',
      '        proxy_set_header X-Request-Id ${request_id};',
      '        proxy_pass http://backend;',
      '    }',
      '    location ~ "^/files/\\d{3}$" { return 404; }',
      '}',
    ),
    'a fragment of directives': 'auth_request /auth;\nerror_page 401 = @login;\n',
    'a directive over several lines': lines('log_format main', "    '$remote_addr [$time_local]'", '    "$request" $status;', 'return 301', '    https://example.com$request_uri;'),
    'a data block with free-form entries': lines('map $request_method $cors_method {', '    default 0;', '    ~^(GET|PUT)$ 1;', '}'),
    'a Lua block': lines('location /x {', '    content_by_lua_block {', '        if ngx.var.x then ngx.say("}") end -- }', '    }', '}'),
    'escaped characters in a word': 'return 200 a\\;b;',
    'an empty file': '',
  };
  it.each(Object.entries(good))('accepts %s', (_, text) => {
    expect(checkNginx(text)).toEqual([]);
  });

  const bad: Record<string, [string, { line: number; column: number }]> = {
    'a directive without ";"': [lines('server {', '    listen 443', '    return 401;', '}'), { line: 2, column: 5 }],
    'a directive without ";" before "}"': [lines('location / {', '    return 401', '}'), { line: 3, column: 1 }],
    'an unclosed block': [lines('server {', '    location / {', '        return 401;', '    }'), { line: 1, column: 8 }],
    'a "}" that closes nothing': [lines('return 401;', '}'), { line: 2, column: 1 }],
    'a "{" without a directive': ['{ return 401; }', { line: 1, column: 1 }],
    'a stray ";"': ['return 401;;', { line: 1, column: 12 }],
    'an unclosed quote': ['add_header WWW-Authenticate "Bearer realm=api;', { line: 1, column: 29 }],
    'a word glued to a quoted string': ['add_header X "a"b;', { line: 1, column: 17 }],
    'an unclosed ${variable}': ['set $x ${request_id;', { line: 1, column: 9 }],
    'a directive name that is not an identifier': ['Return: 401;', { line: 1, column: 1 }],
    'an unquoted "{" in a regex': ['location ~ ^/files/\\d{3}$ { return 404; }', { line: 1, column: 23 }],
    'a directive cut off at the end': ['return', { line: 1, column: 1 }],
    'a forgotten ";" before a map': [lines('set $a 1', 'map $a $b {', '    default 0;', '}'), { line: 1, column: 1 }],
  };
  it.each(Object.entries(bad))('rejects %s, at its line and column', (_, [text, at]) => {
    const problems = checkNginx(text);
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject(at);
  });
});

describe('the Apache shape check', () => {
  const good: Record<string, string> = {
    'sections, quotes, expressions and comments': lines(
      '# The API answers anonymous callers with a challenge.',
      '<VirtualHost *:443>',
      '    <Location "/api/">',
      '        <If "-z %{HTTP:Authorization}">',
      '            Header always set WWW-Authenticate "Bearer realm=\\"api\\""',
      '            Redirect 401 /',
      '        </If>',
      '        Require valid-user',
      '    </location>',
      '</VirtualHost>',
    ),
    'a continued line': lines('RewriteRule ^/old/(.*)$ \\', '    /new/$1 [R=302,L]'),
    'an .htaccess fragment': lines('AuthType Basic', "AuthName 'admin'", 'Require valid-user'),
    'a section without arguments': lines('<If "%{REQUEST_METHOD} == \'OPTIONS\'">', '  Header set Allow "GET, HEAD"', '</If>', '<Else>', '  Require all granted', '</Else>'),
    'an empty file': '',
  };
  it.each(Object.entries(good))('accepts %s', (_, text) => {
    expect(checkApache(text)).toEqual([]);
  });

  const bad: Record<string, [string, { line: number; column: number }]> = {
    'an unclosed section': [lines('<Location /api>', '  Require valid-user'), { line: 1, column: 1 }],
    'a mismatched closing section': [lines('<Location /api>', '  <If "true">', '  </Location>', '</If>'), { line: 3, column: 3 }],
    'a closing section that closes nothing': [lines('Require all granted', '</Directory>'), { line: 2, column: 1 }],
    'a section line without ">"': [lines('<Location /api', '</Location>'), { line: 1, column: 1 }],
    'a directive name with a hyphen': ['Header-Set WWW-Authenticate Basic', { line: 1, column: 1 }],
    'a directive name with a colon': ['  Require: valid-user', { line: 1, column: 3 }],
    'an unclosed quote': ['Header always set WWW-Authenticate "Basic realm=admin', { line: 1, column: 36 }],
    'an unclosed quote in a section': [lines('<If "%{HTTP:Authorization} == \'\'>', '</If>'), { line: 1, column: 5 }],
    'a comment after a directive': ['Require valid-user # members only', { line: 1, column: 20 }],
    'a continuation past the end': ['Redirect 302 / \\', { line: 1, column: 16 }],
    'a backslash followed by spaces': [lines('RewriteRule ^/a$ \\  ', '  /b [R=302]'), { line: 1, column: 18 }],
  };
  it.each(Object.entries(bad))('rejects %s, at its line and column', (_, [text, at]) => {
    const problems = checkApache(text);
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject(at);
  });
});
