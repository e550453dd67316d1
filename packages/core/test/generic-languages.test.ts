import { describe, expect, it } from 'vitest';
import { scanText } from '../src/index.js';
import { generator } from './helpers/random.js';

// The generic detector reads the assignment syntax of the languages and formats people commit. Each case
// has the value found where it is assigned, and a near miss that must stay silent. Values are random.

const { chars } = generator(1313);
const value = chars(32);

const found = (text: string, path: string) =>
  scanText(text, { path })
    .filter((match) => match.detector.id === 'generic-secret')
    .map((match) => match.secret);

describe('generic detector: languages and formats', () => {
  it.each([
    ['Go var with a type', `var apiToken string = "${value}"`, 'config.go'],
    ['Go short declaration', `apiToken := "${value}"`, 'config.go'],
    ['Go raw string', `apiToken := \`${value}\``, 'config.go'],
    ['Kotlin typed val', `val apiToken: String = "${value}"`, 'Config.kt'],
    ['PHP concatenating assignment', `$apiToken .= "${value}";`, 'config.php'],
    ['PHP null-coalescing assignment', `$apiToken ??= "${value}";`, 'config.php'],
    ['Makefile recursive', `API_TOKEN = ${value}`, 'Makefile'],
    ['Makefile conditional', `API_TOKEN ?= "${value}"`, 'Makefile'],
    ['Makefile simple', `API_TOKEN := ${value}`, 'Makefile'],
    ['Makefile POSIX simple', `API_TOKEN ::= "${value}"`, 'Makefile'],
    ['Makefile immediate-with-escape', `API_TOKEN :::= "${value}"`, 'Makefile'],
    ['Makefile shell', `API_TOKEN != ${value}`, 'Makefile'],
    ['XML element', `<config>\n  <apiToken>${value}</apiToken>\n</config>`, 'settings.xml'],
    ['XML element over lines', `<apiToken>\n    ${value}\n</apiToken>`, 'settings.xml'],
    ['XML key/value attributes', `<add key="ApiToken" value="${value}" />`, 'App.config.xml'],
    ['XML attribute', `<service apiToken="${value}" />`, 'settings.xml'],
    ['Android string resource', `<string name="api_token">${value}</string>`, 'res/values/strings.xml'],
    ['C# verbatim string', `private const string ApiToken = @"${value}";`, 'Settings.cs'],
    ['key=value inside a JSON string', `{"config.ini": "API_TOKEN=${value}\\nDEBUG=true"}`, 'bundle.json'],
    ['JSON inside a JSON string', `{"credentials": "{\\"api_token\\": \\"${value}\\"}"}`, 'bundle.json'],
    ['key=value inside a code string', `run("API_TOKEN=${value} ./deploy.sh")`, 'deploy.ts'],
    ['YAML literal block scalar', `service:\n  api_token: |\n    ${value}\n`, 'values.yaml'],
    ['YAML folded block scalar', `api_token: >-\n  ${value}\n`, 'values.yaml'],
    ['Terraform attribute', `  api_token = "${value}"`, 'main.tf'],
    ['Terraform variable default', `variable "api_token" {\n  type    = string\n  default = "${value}"\n}`, 'vars.tf'],
    ['Python assignment', `API_TOKEN = '${value}'`, 'settings.py'],
    ['Ruby hash rocket', `{ :api_token => "${value}" }`, 'config.rb'],
    ['Ruby keyword', `client = Client.new(api_token: "${value}")`, 'client.rb'],
    ['.properties dotted key', `stripe.api.key=${value}`, 'application.properties'],
    ['.properties password', `spring.datasource.password=${value}`, 'application.properties'],
    ['.ini', `[service]\napi_token = ${value}\n`, 'settings.ini'],
    ['Dockerfile ENV', `ENV API_TOKEN=${value}`, 'Dockerfile'],
    ['Dockerfile legacy ENV', `ENV API_TOKEN ${value}`, 'Dockerfile'],
    ['Dockerfile ARG', `ARG API_TOKEN=${value}`, 'Dockerfile'],
    ['padded quoted value', `api_token = ' ${value} '`, 'settings.py'],
    ['Python type annotation', `API_TOKEN: str = "${value}"`, 'settings.py'],
    ['Rust &str constant', `const API_TOKEN: &str = "${value}";`, 'config.rs'],
    ["Rust &'static str constant", `pub static API_TOKEN: &'static str = "${value}";`, 'config.rs'],
    ['JavaScript env fallback', `const apiToken = process.env.API_TOKEN || "${value}";`, 'config.js'],
    ['JavaScript fallback on the next line', `export const token =\n  process.env.API_TOKEN ||\n  "${value}";`, 'a.ts'],
    ['nullish fallback after a call', `const apiToken = env.get("API_TOKEN") ?? '${value}';`, 'config.ts'],
    ['Python or fallback', `api_token = os.environ.get("API_TOKEN") or "${value}"`, 'settings.py'],
    ['Ruby || fallback', `config.api_token = ENV["API_TOKEN"] || "${value}"`, 'config.rb'],
    ['Java declaration continued', `public static final String API_TOKEN\n        = "${value}";`, 'Config.java'],
    ['Gradle quoted literal in a string', `buildConfigField "String", "API_TOKEN", "\\"${value}\\""`, 'build.gradle'],
    [
      'URL query parameter',
      `curl "https://api.example.com/oauth?client_id=1&client_secret=${value}&grant=x"`,
      'notes.txt',
    ],
    ['Python subscript assignment', `os.environ["API_TOKEN"] = "${value}"`, 'settings.py'],
    ['PHP array element', `$config['api_token'] = '${value}';`, 'config.php'],
    ['URL query parameter in code', `fetch(\`https://api.example.com/v1?api_token=${value}&q=1\`)`, 'client.ts'],
  ])('%s', (_label, text, path) => {
    expect(found(text, path)).toEqual([value]);
  });

  it.each([
    ['Go comparison', `if apiToken != "${value}" {`, 'config.go'],
    ['Go typed var without a literal', 'var apiToken string = os.Getenv("API_TOKEN")', 'config.go'],
    ['PHP concatenation of a variable', '$apiToken .= $suffix;', 'config.php'],
    ['XML element holding markup', `<apiToken><ref id="${value}"/></apiToken>`, 'settings.xml'],
    ['XML attribute naming something else', `<add key="ApiTokenUrl" value="${value}" />`, 'App.config.xml'],
    ['Android string resource naming something else', `<string name="api_token_url">${value}</string>`, 'strings.xml'],
    ['Android string resource holding markup', `<string name="api_token"><b>${value}</b></string>`, 'strings.xml'],
    ['YAML block scalar of prose', 'api_token: |\n  set this in the dashboard\n', 'values.yaml'],
    ['Terraform variable without a default', 'variable "api_token" {\n  type = string\n}', 'vars.tf'],
    ['.properties key id', `stripe.api.key.id=${value}`, 'application.properties'],
    ['Dockerfile ENV without a value', 'ENV API_TOKEN', 'Dockerfile'],
    ['JSON string holding prose', '{"help": "API_TOKEN=see the README"}', 'bundle.json'],
    ['a bare word in code is not read', `apiToken = ${value}`, 'config.ts'],
    ['a fallback to a variable', 'const apiToken = process.env.API_TOKEN || defaultToken;', 'config.ts'],
    ['a fallback to an empty string', 'const apiToken = process.env.API_TOKEN ?? "";', 'config.ts'],
    ['a fallback after the statement ends', `const apiToken = load(); const label = a || "${value}";`, 'config.ts'],
    ['a typed annotation without a literal', 'API_TOKEN: str = os.environ["API_TOKEN"]', 'settings.py'],
    ['a comparison on the next line', `const same = apiToken\n  == "${value}";`, 'config.ts'],
    ['a subscript compared', `if (config['api_token'] == '${value}') {}`, 'config.php'],
    ['a subscript in a list', `const both = [cfg['api_token'], '${value}'];`, 'config.ts'],
    ['a query parameter holding a template', 'fetch(`/v1?api_token=${apiToken}&q=1`)', 'client.ts'],
    ['a query parameter naming something else', `fetch("/v1?token_type=${value}&q=1")`, 'client.ts'],
  ])('near miss: %s', (_label, text, path) => {
    expect(found(text, path)).toEqual([]);
  });

  // The new readers (XML, escaped JSON, block scalars, HCL defaults, Makefile operators) each read a bounded
  // stretch per anchor: 4x the input must cost about 4x the time, not 16x (bounds as in linear-time.test.ts).
  it.each([
    ['<apiToken>', 'settings.xml'],
    ['<apiToken>\n  ', 'settings.xml'],
    ['<add key="ApiToken" value="', 'App.config.xml'],
    ['<string name="api_token">', 'strings.xml'],
    ['{\\"api_token\\": \\"', 'bundle.json'],
    ['"API_TOKEN=', 'bundle.json'],
    ['api_token: |\n', 'values.yaml'],
    ['variable "api_token" {\n  type = ', 'vars.tf'],
    ['API_TOKEN :::= ', 'Makefile'],
    ['ENV API_TOKEN ', 'Dockerfile'],
    ['apiToken = x || ', 'config.ts'],
    ['apiToken = process.env.X ', 'config.ts'],
    ['API_TOKEN\n', 'Config.java'],
    ['?api_token=', 'notes.txt'],
  ])('adversarial repetition of %j stays linear', (unit, path) => {
    const small = unit.repeat(Math.ceil(50_000 / unit.length));
    const time = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        scanText(text, { path });
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const before = time(small);
    const after = time(small.repeat(4));
    expect(after).toBeLessThan(before * 10 + 150);
  });
});
