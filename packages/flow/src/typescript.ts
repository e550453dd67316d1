// The TypeScript API the engine reads syntax trees with. A tree must be inspected with the same copy of
// TypeScript that made it (SyntaxKind numbers change between versions), so every tree the engine sees is made
// here (parse.ts) or, in ESLint, comes from a parser whose TypeScript is this one (see eslint-plugin's source-file.ts).
// Required, not imported: an ESM import of this CommonJS package makes Node lex 9 MB of source for export names.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- required on purpose (see above)
import ts = require('typescript');

export { ts };
