import { test, expect, Page } from "@playwright/test";
import * as path from "path";
import { PASSWORD } from "../playwright.config";

const corpus = path.resolve(__dirname, "../../../shared/corpus/jobs-dev.json");

/** Fails the test on any console error, which is how broken hydration shows itself. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

async function login(page: Page) {
  await page.goto("/jobs");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/jobs$/);
}

test("wrong password is refused, right one shows the demo jobs", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/login");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toHaveText("Wrong password.");
  const wasm = page.waitForResponse((r) => r.url().endsWith(".wasm"));
  await login(page);
  expect((await wasm).status()).toBe(200); // the page hydrates
  await expect(page.getByRole("heading", { name: "Jobs" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Platform Engineering Lead" })).toBeVisible();
  await expect(page.locator("table.jobs tbody tr")).toHaveCount(5);
  expect(errors).toEqual([]);
});

test("the list searches and filters", async ({ page }) => {
  const errors = watchConsole(page);
  await login(page);
  await page.getByLabel("Search").fill("kestrel");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=kestrel/);
  await expect(page.locator("table.jobs tbody tr")).toHaveCount(1);
  await expect(page.locator("table.jobs")).toContainText("Kestrel Payments");
  await page.getByLabel("Sort").selectOption("fit");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/sort=fit/);
  expect(errors).toEqual([]);
});

test("importing the corpus adds its 141 distinct postings, which the list finds by company", async ({ page }) => {
  const errors = watchConsole(page);
  await login(page);
  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import jobs" })).toBeVisible();
  await page.getByLabel("JSON file").setInputFiles(corpus);
  await page.getByRole("button", { name: "Upload and import" }).click();
  await expect(page.getByRole("status")).toContainText("Imported 141 new jobs.");
  await page.goto("/jobs?q=SIENA&status=all");
  await expect(page.locator("table.jobs")).toContainText("SIENA AI");
  await expect(page.locator("table.jobs")).toContainText("Head of Engineering");
  expect(errors).toEqual([]);
});

test("the detail page shows the posting as text and tracks status", async ({ page }) => {
  const errors = watchConsole(page);
  await login(page);
  await page.getByRole("link", { name: "Senior Data Engineer" }).click();
  await expect(page.locator(".job-title")).toHaveText("Senior Data Engineer");
  // The demo posting holds <b>…</b> and <Studios>: shown literally, never as markup.
  await expect(page.locator(".jd")).toContainText("<b>Yes, really.</b>");
  await expect(page.locator(".job-company")).toContainText("Lumen & Lark <Studios>");
  await expect(page.locator(".jd b")).toHaveCount(0);
  await expect(page.getByText("Not processed yet.")).toHaveCount(8);

  await page.locator("#status").selectOption("marked for applying");
  await page.getByLabel("Note").fill("strong match");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Status set to “marked for applying”.");
  await expect(page.locator(".history")).toContainText("marked for applying (strong match)");
  expect(errors).toEqual([]);
});

test("bulk actions change several jobs at once", async ({ page }) => {
  await login(page);
  await page.getByLabel("Select Head of Machine Learning").check();
  await page.getByLabel("Select Staff Backend Engineer (Go)").check();
  await page.getByLabel("New status").selectOption("discarded");
  await page.getByRole("button", { name: "Set status" }).click();
  await expect(page.getByRole("status")).toHaveText("Set 2 jobs to “discarded”.");
  await expect(page.getByRole("link", { name: "Head of Machine Learning" })).toHaveCount(0);
});

test("an unknown job is a 404 page", async ({ page }) => {
  await login(page);
  const response = await page.goto("/jobs/no-such-job");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText("There is no job with this id.")).toBeVisible();
});

test("Process runs the pipeline live and the CV downloads", async ({ page }) => {
  const errors = watchConsole(page);
  await login(page);
  await page.getByRole("link", { name: "Engineering Manager, Data Platform" }).click();
  await page.getByRole("button", { name: "Process" }).click();
  await expect(page).toHaveURL(/\/runs\//);
  await expect(page.locator(".run-head .percent")).toHaveText("100%", { timeout: 30_000 });
  await expect(page.locator(".run-head .status")).toHaveText("succeeded");
  await expect(page.locator(".layer-row.done")).toHaveCount(8);
  await expect(page.getByRole("heading", { name: "Downloads" })).toBeVisible();
  await expect(page.locator(".cv-preview")).toContainText("Sam Rivera");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CV.docx" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("CV.docx");
  const path = await download.path();
  const fs = await import("fs");
  const bytes = fs.readFileSync(path!);
  expect(bytes.subarray(0, 2).toString()).toBe("PK"); // a .docx is a zip
  await page.getByRole("link", { name: "Runs", exact: true }).click();
  await expect(page.locator("table.runs")).toContainText("Engineering Manager, Data Platform");
  expect(errors).toEqual([]);
});

test("a processed CV is edited with a live preview, flagged by the gate, restored, and downloaded as PDF and zip", async ({ page }) => {
  const errors = watchConsole(page);
  await login(page);
  await page.getByRole("link", { name: "Engineering Manager, Data Platform" }).click();
  await page.getByRole("link", { name: "Edit the CV" }).click();
  await expect(page).toHaveURL(/\/edit\/cv$/);
  const source = page.locator(".editor textarea");
  const original = await source.inputValue();
  expect(original).toContain("Sam Rivera");
  // A bullet edited with a number the candidate's files do not hold: the preview follows typing.
  const edited = original.replace("\n- ", "\n- Grew platform revenue by 97% in one year. ");
  expect(edited).not.toEqual(original);
  await source.fill(edited);
  await expect(page.locator(".preview")).toContainText("Grew platform revenue by 97% in one year.");
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.locator(".flash")).toContainText("Saved as version 2");
  await expect(page.locator(".findings mark", { hasText: "97" }).first()).toBeVisible();
  await expect(page.locator(".findings")).toContainText("97 is not in the master CV or knowledge base");
  await expect(page.locator("ol.versions li.version")).toHaveCount(2);
  // The job waits for the user to confirm or change it.
  await page.getByRole("link", { name: /Engineering Manager, Data Platform/ }).click();
  await expect(page.locator(".facts .status")).toHaveText("needs review");
  await page.getByRole("link", { name: "Edit the CV" }).click();
  // The diff shows the changed line; restoring version 1 makes it version 3, without the number.
  const v2 = page.locator("ol.versions li.version", { hasText: "Version 2" });
  await v2.locator("summary").click();
  await expect(v2.locator("pre.diff .added")).toContainText("97%");
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.locator(".flash")).toContainText("Saved as version 3");
  await expect(source).toHaveValue(original);
  await expect(page.locator(".findings mark", { hasText: "97" })).toHaveCount(0);
  // Downloads serve the newest version: the PDF's text is the restored Markdown's, in order.
  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(".downloads").getByRole("link", { name: "CV.pdf" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe("CV.pdf");
  const { execFileSync } = await import("child_process");
  const text = execFileSync("pdftotext", ["-layout", (await pdf.path())!, "-"]).toString();
  const words = (s: string) => s.replace(/[#*`_>|-]/g, " ").split(/\s+/).filter((w) => /\w/.test(w));
  const fromPdf = words(text).join(" ");
  expect(fromPdf).toContain("Sam Rivera");
  expect(fromPdf).not.toContain("97%");
  const firstBullet = original.split("\n").find((l) => l.startsWith("- "))!;
  expect(fromPdf).toContain(words(firstBullet).slice(0, 6).join(" "));
  const [zip] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "the whole pack (zip)" }).click(),
  ]);
  const fs = await import("fs");
  expect(fs.readFileSync((await zip.path())!).subarray(0, 2).toString()).toBe("PK");
  expect(errors).toEqual([]);
});

test("the match view moves and drops a skill, and the fit score and match rate follow", async ({ page }) => {
  const errors = watchConsole(page);
  await login(page);
  // A posting with gaps for the demo candidate, processed first (found by search: the corpus
  // imported by an earlier test fills the first page).
  await page.goto("/jobs?q=Orchard&status=all");
  await page.getByRole("link", { name: "Head of Machine Learning" }).click();
  await page.getByRole("button", { name: "Process" }).click();
  await expect(page.locator(".run-head .status")).toHaveText("succeeded", { timeout: 30_000 });
  await page.goto("/jobs?q=Orchard&status=all");
  await page.getByRole("link", { name: "Head of Machine Learning" }).click();
  // The fit layer's advice sits beside the pack it qualifies.
  await expect(page.locator("section.pack .advice")).toContainText("Advice:");
  const rate = async () => Number((await page.locator("section.match strong").first().innerText()).match(/(\d+)%/)![1]);
  const score = async () => Number((await page.locator(".facts dd").nth(1).innerText()).match(/(\d+)\/100/)![1]);
  const gap = page.locator("table.match tr.m-gap").first();
  const skill = (await gap.locator("td").first().innerText()).trim();
  const [rateBefore, scoreBefore] = [await rate(), await score()];
  // The action's message, not the advice (a "do not apply" advice is styled as a flash too).
  const flash = page.locator(".flash[role=status]");
  await gap.getByRole("button", { name: "Drop" }).click();
  await expect(flash).toContainText(`${skill} is dropped: fit score ${scoreBefore} →`);
  await expect(page.locator("p.dropped")).toContainText(skill);
  // The row whose skill cell is the skill (other rows quote posting lines that may name it).
  const escaped = skill.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");
  const exact = new RegExp("^\\s*" + escaped + "\\s*$");
  await expect(page.locator("table.match tr").filter({ has: page.locator("td:first-child", { hasText: exact }) })).toHaveCount(0);
  // A gap fewer: the match rate rises, and the score shown is the one the flash reports.
  expect(await rate()).toBeGreaterThan(rateBefore);
  const after = Number((await flash.innerText()).match(/→ (\d+)/)![1]);
  expect(await score()).toBe(after);
  await page.locator("p.dropped").getByRole("button", { name: "Ask again" }).click();
  await expect(flash).toContainText(`${skill} is back where the posting puts it: fit score ${after} → ${scoreBefore}.`);
  expect(await rate()).toBe(rateBefore);
  // The reviewer model's rewrite (it passed the gate) goes into the CV as a new version.
  const suggestion = page.locator("ul.suggestions li").first();
  await expect(suggestion.locator("ins")).toContainText("(end to end)");
  await suggestion.getByRole("button", { name: "Apply to the CV" }).click();
  await expect(page).toHaveURL(/\/edit\/cv$/);
  await expect(page.locator(".flash")).toContainText("Saved as version 2");
  await expect(page.locator(".editor textarea")).toHaveValue(/\(end to end\)/);
  expect(errors).toEqual([]);
});

test("the letter is edited and saved with JavaScript off, and the preview appears after saving", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page);
  await page.getByRole("link", { name: "Engineering Manager, Data Platform" }).click();
  await page.getByRole("link", { name: "Edit the cover letter" }).click();
  const source = page.locator(".editor textarea");
  const letter = await source.inputValue();
  await source.fill(letter + "\n\nP.S. I can start in March.");
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page).toHaveURL(/\/edit\/cover_letter$/);
  await expect(page.locator(".flash")).toContainText("Saved as version 2");
  await expect(page.locator(".preview")).toContainText("P.S. I can start in March.");
  // An empty save is refused with a reason, and nothing is stored.
  await source.fill("   ");
  await page.getByRole("button", { name: "Save as a new version" }).click();
  await expect(page.locator(".flash.error")).toContainText("the cover letter is empty");
  await expect(page.locator("ol.versions li.version")).toHaveCount(2);
  await context.close();
});

test("leaving and returning to a run page leaves at most one socket open and no errors", async ({ page }) => {
  const errors = watchConsole(page);
  const sockets: { url: string; closed: boolean }[] = [];
  page.on("websocket", (ws) => {
    const entry = { url: ws.url(), closed: false };
    sockets.push(entry);
    ws.on("close", () => {
      entry.closed = true;
    });
  });
  await login(page);
  // By address: earlier tests may have hidden this job from the default list.
  await page.goto("/jobs/demo00000000000000000005");
  await page.getByRole("button", { name: "Process" }).click();
  await expect(page).toHaveURL(/\/runs\//);
  const runUrl = page.url();
  // Away through the app's own link, then back with the browser.
  await page.getByRole("link", { name: "Runs", exact: true }).click();
  await expect(page.locator("table.runs")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(runUrl);
  await expect(page.locator(".run-head .status")).toHaveText("succeeded", { timeout: 30_000 });
  await page.waitForTimeout(500);
  const open = sockets.filter((s) => s.url.includes("/events") && !s.closed);
  expect(open.length).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
});

test("the admin page shows costs as a chart, the ledger and its CSV, and changes a limit", async ({ page }) => {
  const errors = watchConsole(page);
  await login(page);
  // A run whose fit layer calls the (fake) provider records a cost.
  await page.getByRole("link", { name: "Engineering Manager, Data Platform" }).click();
  await page.getByRole("button", { name: "Process" }).click();
  await expect(page.locator(".run-head .status")).toHaveText("succeeded", { timeout: 30_000 });
  await page.getByRole("link", { name: "Admin", exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.locator(".admin-costs svg.bars rect")).toHaveCount(30);
  await expect(page.locator("table.ledger")).toContainText("gpt-4o-mini");
  await expect(page.locator("table.ledger")).toContainText("1200 in / 80 out");
  await expect(page.locator(".admin-runs svg.bars rect:not(.part)")).toHaveCount(30);
  await expect(page.locator("table.layer-stats tr", { hasText: "Fit score" })).toContainText("0 of");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the ledger (CSV)" }).click(),
  ]);
  const fs = await import("fs");
  const csv = fs.readFileSync((await download.path())!, "utf8").trim().split("\n");
  expect(csv[0]).toBe("at,run_id,layer,provider,model,input_tokens,output_tokens,cost_usd,latency_ms");
  expect(csv[1]).toMatch(/,(fit|cv),openai,gpt-4o-mini,1200,80,/);
  expect(csv.some((l) => l.includes(",fit,openai,gpt-4o-mini,1200,80,"))).toBe(true);
  // A limit changed here is stored, marked as the admin's, and audited; a bad one is refused.
  const row = page.locator("table.limits tr", { hasText: "Runs at once" });
  await row.locator("input[name=value]").fill("5");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".flash.ok")).toContainText("Runs at once (per instance) set to 5");
  await expect(page.locator("table.limits tr", { hasText: "Runs at once" }).locator("td.origin")).toHaveText("admin");
  await expect(page.locator("table.audit")).toContainText("Runs at once");
  const again = page.locator("table.limits tr", { hasText: "Runs at once" });
  await again.locator("input[name=value]").fill("500");
  await again.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".flash.error")).toContainText("between 1 and 64");
  await page.locator("table.limits tr", { hasText: "Runs at once" }).getByRole("button", { name: /Reset to/ }).click();
  await expect(page.locator("table.limits tr", { hasText: "Runs at once" }).locator("td.origin")).toHaveText("default");
  expect(errors).toEqual([]);
});

test("the admin page works with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login(page);
  await page.goto("/admin");
  await expect(page.locator(".admin-costs svg.bars rect")).toHaveCount(30);
  const row = page.locator("table.limits tr", { hasText: "Run timeout" });
  await row.locator("input[name=value]").fill("600");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.locator(".flash.ok")).toContainText("Run timeout set to 600");
  await page.locator("table.limits tr", { hasText: "Run timeout" }).getByRole("button", { name: /Reset to/ }).click();
  await expect(page.locator("table.limits tr", { hasText: "Run timeout" }).locator("td.origin")).toHaveText("default");
  await context.close();
});
