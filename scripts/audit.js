#!/usr/bin/env node
/**
 * `npm audit --omit=dev --audit-level=high`, for CI. Fails on high or critical advisories in the runtime
 * dependencies. When the registry's audit service cannot be reached (some mirrors and proxies answer
 * "405 Method Not Allowed"), it says so plainly and does not pretend the dependencies were audited.
 */
const { spawnSync } = require("node:child_process");

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
  encoding: "utf8",
  shell: process.platform === "win32",
});
let report;
try {
  report = JSON.parse(run.stdout || "{}");
} catch {
  console.error(
    "npm audit gaf geen leesbaar antwoord / npm audit gave no readable answer:\n" + run.stdout + run.stderr,
  );
  process.exit(1);
}

if (report.vulnerabilities === undefined && report.metadata === undefined) {
  const reason = report.message || report.error?.summary || run.stderr.trim() || "onbekend / unknown";
  console.log(
    `npm audit: de auditdienst van het register is niet bereikbaar, niets gecontroleerd (${reason}).`,
  );
  console.log(`npm audit: the registry's audit service is unreachable, nothing was audited (${reason}).`);
  process.exit(0);
}

const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (runtime dependencies): ${JSON.stringify(counts)}`);
if (serious > 0) {
  spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high"], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(1);
}
