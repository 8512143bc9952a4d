// `npm run import -- FILE [--dry-run] [--json] [--as EMAIL]`: imports a profile as plain text or a Word document (.docx).
// --dry-run only parses and reports what the web import would, against the template stored in the database (it
// reads the template and writes nothing; an embedded database held by a running Folio falls back to the built-in
// template and says so).
import fs from "node:fs";
import { parseArgs } from "node:util";
import { asc, eq } from "drizzle-orm";
import { fatal } from "@/lib/bootstrap/fatal";
import { openConfiguredDatabase } from "@/lib/bootstrap/open-configured-database";
import { users } from "@/lib/db/schema/auth";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseDocx } from "@/lib/import/docx/parse-docx";
import { WordFileError } from "@/lib/import/docx/word-file-error";
import { ImportError } from "@/lib/import/import-error";
import { dryRunReport } from "@/lib/import/dry-run-report";
import { importProfile } from "@/lib/import/import-profile";
import type { ProfileFile } from "@/lib/import/parse-profile-in-worker";
import { parseProfile } from "@/lib/import/parse-profile";
import { profileFile } from "@/lib/import/profile-file";
import { toJson } from "@/lib/import/to-json";
import { storedTemplate } from "@/lib/import/stored-template";
import type { Problem, TemplateHeading } from "@/lib/import/types";
import { seedDatabase } from "@/lib/seed/seed-database";

const usage = "usage: npm run import -- FILE(.txt|.docx) [--dry-run] [--json] [--as ADMIN_EMAIL]";

/** Problems as `file:line` (plain text) or `file: paragraph N` (Word, whose positions are paragraph numbers). */
function printProblems(file: string, problems: Problem[], position: "line" | "paragraph") {
  if (problems.length === 0) return console.log("No problems found.");
  console.log(`${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const p of problems) console.log(`  ${position === "paragraph" ? `${file}: paragraph ${p.line}` : `${file}:${p.line}`}  ${p.kind.padEnd(22)} notes ${p.notes.join(", ") || "-"}  ${p.message}`);
}

/** The template as stored, or undefined (with why) when the database cannot be read. */
async function readStoredTemplate(): Promise<{ template?: TemplateHeading[]; why?: string }> {
  let handle: Awaited<ReturnType<typeof openConfiguredDatabase>>;
  try {
    handle = await openConfiguredDatabase(env());
  } catch (e) {
    return { why: (e as Error).message };
  }
  try {
    const template = await storedTemplate(handle.db);
    return template.length > 0 ? { template } : { why: "the database holds no template yet (start Folio once)" };
  } finally {
    await handle.close().catch(() => {});
  }
}

async function main() {
  let args: ReturnType<typeof parseArgs<{ options: { "dry-run": { type: "boolean" }; json: { type: "boolean" }; as: { type: "string" } }; allowPositionals: true }>>;
  try {
    args = parseArgs({ options: { "dry-run": { type: "boolean" }, json: { type: "boolean" }, as: { type: "string" } }, allowPositionals: true });
  } catch (e) {
    fatal("import", new AppError("bad_request:args", `${(e as Error).message}\n${usage}`));
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) fatal("import", new AppError("bad_request:args", usage));
  let input: ProfileFile;
  try {
    input = profileFile(file, fs.readFileSync(file));
  } catch (e) {
    fatal("import", new AppError("bad_request:file", `Cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? "error"}).`));
  }

  const parse = () => (input.kind === "docx" ? parseDocx(input.bytes) : parseProfile(input.text));
  if (args.values["dry-run"]) {
    const { template, why } = await readStoredTemplate();
    if (!template) console.error(`import: could not read the stored template (${why}); this dry run uses the built-in template, which the web import would not.`);
    try {
      const report = dryRunReport(input, template);
      if (args.values.json) return console.log(JSON.stringify({ ...toJson({ ...report.parsed, problems: report.problems }), template: template ? "stored" : "built-in", position: report.position }, null, 2));
      console.log(`${report.parsed.country.name || "Unknown country"} (${report.parsed.country.code ?? "??"}): ${report.sections} sections, ${report.parsed.notes.length} notes, read against the ${template ? `stored template (${template.length} top-level headings)` : "built-in template"}. Dry run: nothing was written.`);
      return printProblems(file, report.problems, report.position);
    } catch (e) {
      if (e instanceof ImportError || e instanceof WordFileError) fatal("import", new AppError("bad_request:file", `${file}: ${e.message}`));
      throw e;
    }
  }

  let handle: Awaited<ReturnType<typeof openConfiguredDatabase>>;
  try {
    handle = await openConfiguredDatabase(env());
  } catch (e) {
    fatal("import", e);
  }
  try {
    await seedDatabase({ db: handle.db, mode: "none", log: () => {} });
    const [admin] = await handle.db
      .select()
      .from(users)
      .where(args.values.as ? eq(users.email, args.values.as.trim().toLowerCase()) : eq(users.role, "admin"))
      .orderBy(asc(users.createdAt))
      .limit(1);
    if (!admin || admin.role !== "admin" || admin.disabled) throw new AppError("forbidden:import", args.values.as ? `${args.values.as} is not an active admin.` : "No admin exists yet: start Folio once (npm start) or pass --as ADMIN_EMAIL.");
    const result = await importProfile({ actor: { id: admin.id, role: admin.role }, db: handle.db, file: input });
    if (args.values.json) console.log(JSON.stringify({ ...toJson({ ...parse(), problems: result.problems }), imported: { ...result, problems: undefined } }, null, 2));
    else {
      console.log(`Imported ${result.countryCode}: ${result.sections} sections, ${result.citations} citations, ${result.sourcesCreated} new sources (${result.sourcesReused} already in the registry).`);
      printProblems(file, result.problems, result.position);
    }
    await handle.close();
  } catch (e) {
    await handle.close().catch(() => {});
    fatal("import", e instanceof AppError ? new AppError(e.code, `${file}: ${e.message}`) : e);
  }
}

void main();
