/**
 * The Nu Html Checker (npm `vnu-jar`) on built pages, run with the machine's Java (Debian:
 * `apt-get install default-jre-headless`), all files in one JVM. Without Java the checks fail
 * under CI and are skipped, loudly, elsewhere.
 */
import { execFile, execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const VNU_JAR = String(require("vnu-jar") as string);

export function javaMissing(): boolean {
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return false;
  } catch {
    const message = "Java not found (install it: apt-get install -y default-jre-headless)";
    if (process.env.CI) throw new Error(`${message}; the HTML checker cannot be skipped under CI.`);
    console.warn(`\n${"!".repeat(78)}\n!! ${message}.\n!! SKIPPING the Nu Html Checker.\n${"!".repeat(78)}\n`);
    return true;
  }
}

export interface CheckerMessage {
  file: string;
  line?: number;
  message: string;
  extract?: string;
}

/** The checker's errors for the given HTML files (warnings and info are left out). */
export function checkHtml(files: readonly string[]): Promise<CheckerMessage[]> {
  return new Promise((resolve, reject) => {
    execFile("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      // vnu exits non-zero when it finds errors; its JSON report is on stderr either way.
      let report: { messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[] };
      try {
        report = JSON.parse(stderr) as typeof report;
      } catch {
        reject(error ?? new Error(`unreadable checker output: ${stderr.slice(0, 500)}`));
        return;
      }
      resolve(
        report.messages
          .filter((m) => m.type === "error" || m.type === "non-document-error")
          .map((m) => ({ file: decodeURIComponent((m.url ?? "").replace(/^file:/, "")), line: m.lastLine, message: m.message, extract: m.extract })),
      );
    });
  });
}
