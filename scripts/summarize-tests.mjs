#!/usr/bin/env node
// Adds up the JSON reports of one `npm test` run and prints one closing line: "N passed, N failed".
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
const parts = [];

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  let p = 0;
  let f = 0;
  let s = 0;
  if (file.startsWith("vitest")) {
    p = report.numPassedTests;
    f = report.numFailedTests;
    s = report.numPendingTests + (report.numTodoTests ?? 0);
  } else if (file.startsWith("playwright")) {
    p = report.stats.expected;
    f = report.stats.unexpected + report.stats.flaky;
    s = report.stats.skipped;
  } else if (file.startsWith("chaos")) {
    p = report.lost === 0 && report.duplicated === 0 ? 1 : 0;
    f = 1 - p;
  } else continue;
  passed += p;
  failed += f;
  skipped += s;
  parts.push(`${file.replace(/\.json$/, "")} ${p}/${p + f}`);
}

console.log(`\n${parts.join(" · ")}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
