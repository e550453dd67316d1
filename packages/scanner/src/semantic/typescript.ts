// The TypeScript API of the semantic pass: the copy bundled with ts-morph, so syntax trees made by a ts-morph
// Project and by `ts.createSourceFile` are the same kind of tree. Required by path, not imported from the
// package: an ESM import of a CommonJS package makes Node lex its source for export names first, and the
// package's main module would also load ts-morph's file-system helpers, which the staged-files run never needs.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the bundled copy has no package types of its own
/// <reference path="./ts-bundle.d.ts" />
// eslint-disable-next-line @typescript-eslint/no-require-imports -- required by path on purpose (see above)
import ts = require('@ts-morph/common/dist/typescript.js');

export { ts };
