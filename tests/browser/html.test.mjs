// Browser test of `winsock-bind table --format html`: opens the page in headless Chromium
// (/usr/bin/chromium, driven by playwright-core), switches the selectors, and checks that the
// cells shown are the ones the CLI prints as CSV for the same selection. Saves a screenshot in
// target/browser/ for a human to look at.
//
// Run: cargo build && (cd tests/browser && npm ci && node --test)
// WINSOCK_BIND_BIN overrides the binary (default target/debug/winsock-bind);
// CHROMIUM overrides the browser (default /usr/bin/chromium).
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bin = process.env.WINSOCK_BIND_BIN || path.join(root, "target/debug/winsock-bind");
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
const outDir = path.join(root, "target/browser");

function cli(args) {
  return execFileSync(bin, args, { encoding: "utf8" });
}

// The cells the CLI prints as CSV for a selection, in the order of the page's cells.
function csvCells({ era, users, family, proto }) {
  const lines = cli(["table", "--era", era, "--users", users, "--family", family, "--proto", proto, "--format", "csv"])
    .trimEnd()
    .split("\n");
  const header = lines[0].split(",");
  return lines.slice(1).map((line) => {
    const row = Object.fromEntries(line.split(",").map((v, i) => [header[i], v]));
    return {
      firstSocket: row.first_socket ?? family,
      firstOption: row.first_option,
      firstAddress: row.first_address,
      secondSocket: row.second_socket ?? family,
      secondOption: row.second_option,
      secondAddress: row.second_address,
      outcome: row.outcome,
    };
  });
}

async function shownCells(page) {
  return page.$$eval("td.cell", (tds) =>
    tds.map((td) => ({
      firstSocket: td.dataset.firstSocket,
      firstOption: td.dataset.firstOption,
      firstAddress: td.dataset.firstAddress,
      secondSocket: td.dataset.secondSocket,
      secondOption: td.dataset.secondOption,
      secondAddress: td.dataset.secondAddress,
      outcome: td.dataset.outcome,
    })),
  );
}

async function select(page, selection) {
  // Era first: it decides which families and users are available.
  // Users are disabled where they do not matter (no enhanced security): leave them as they are.
  for (const id of ["era", "users", "family", "proto"]) {
    if (selection[id] === undefined) continue;
    if (id === "users" && (await page.isDisabled("#users"))) continue;
    await page.selectOption(`#${id}`, selection[id]);
  }
}

describe("winsock-bind table --format html", () => {
  let context;
  let page;
  let profile;
  const outside = [];
  const errors = [];

  before(async () => {
    mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, "page.html");
    writeFileSync(file, cli(["table", "--era", "server2003", "--users", "different", "--format", "html"]));
    profile = mkdtempSync(path.join(tmpdir(), "winsock-bind-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserPath,
      headless: true,
      chromiumSandbox: false,
      viewport: { width: 1280, height: 900 },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(5000);
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) outside.push(r.url());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
  });

  after(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("shows the table it was generated for, as the CLI prints it", async () => {
    assert.equal(await page.inputValue("#era"), "server2003");
    assert.equal(await page.inputValue("#users"), "different");
    const expected = csvCells({ era: "server2003", users: "different", family: "v4", proto: "tcp" });
    assert.equal(expected.length, 36);
    assert.deepEqual(await shownCells(page), expected);
  });

  it("explains a cell on hover with the sentence `winsock-bind explain` gives", async () => {
    const [explain, evidenceLine] = cli([
      "explain", "--era", "server2003", "--users", "different",
      "--first", "default 0.0.0.0", "--second", "reuseaddr 10.0.0.1",
    ]).split("\n");
    // The tooltip adds the evidence that `explain` prints on its second line.
    const evidence = evidenceLine.replace(/^evidence: (\w+).*$/, "$1");
    const cell = page.locator(
      'td.cell[data-first-option="default"][data-first-address="wildcard"]' +
        '[data-second-option="reuseaddr"][data-second-address="specific"]',
    );
    assert.equal(await cell.getAttribute("title"), `${explain} [${evidence}]`);
    assert.equal(await cell.getAttribute("data-outcome"), "access");
  });

  const selections = [
    { era: "win10", users: "different", family: "mixed", proto: "tcp" },
    { era: "win10", users: "same", family: "mixed", proto: "udp" },
    { era: "xpsp2", users: "same", family: "v6", proto: "udp" },
    { era: "win98", users: "same", family: "v4", proto: "tcp" },
    { era: "vista", users: "different", family: "dual", proto: "tcp" },
    { era: "server2003", users: "same", family: "v4", proto: "tcp" },
  ];
  for (const selection of selections) {
    it(`redraws the cells for ${Object.values(selection).join("/")}`, async () => {
      await select(page, selection);
      const expected = csvCells(selection);
      const shown = await shownCells(page);
      assert.equal(shown.length, expected.length);
      assert.deepEqual(shown, expected);
      const users = await page.inputValue("#users");
      const key = [selection.era, users, selection.family, selection.proto].join("/");
      assert.equal(await page.getAttribute("#tables", "data-key"), key);
    });
  }

  it("falls back to a family the era has, and says why", async () => {
    await select(page, { era: "win10", users: "different", family: "mixed", proto: "tcp" });
    await select(page, { era: "server2003" });
    assert.equal(await page.inputValue("#family"), "v4");
    assert.equal(await page.locator('#family option[value="mixed"]').isDisabled(), true);
    assert.match(await page.textContent("#era-note"), /no dual-stack sockets: families v4, v6/);
    assert.deepEqual(
      await shownCells(page),
      csvCells({ era: "server2003", users: "different", family: "v4", proto: "tcp" }),
    );
    await select(page, { era: "xpsp2" });
    assert.equal(await page.isDisabled("#users"), true);
  });

  it("shows a cell's rule, reason, source and basis on click", async () => {
    const selection = { era: "win10", users: "different", family: "mixed", proto: "tcp" };
    await select(page, selection);
    const json = JSON.parse(
      cli(["table", "--era", "win10", "--users", "different", "--family", "mixed", "--format", "json", "--explain"]),
    );
    // Section 2 (IPv4 first), row SO_EXCLUSIVEADDRUSE Specific, column Default Wildcard.
    const expected = json.sections[1].cells[5 * 6 + 0];
    const cell = page.locator(
      'td.cell[data-first-socket="v4"][data-first-option="exclusive"][data-first-address="specific"]' +
        '[data-second-option="default"][data-second-address="wildcard"]',
    );
    await cell.click();
    const detail = await page.textContent("#detail-body");
    assert.ok(detail.includes(`${expected.rule} ${expected.slug}`), detail);
    assert.ok(detail.includes(expected.sentence), detail);
    assert.ok(detail.includes(expected.source), detail);
    assert.ok(detail.includes(expected.error ?? "Success"), detail);
    assert.ok(detail.includes(expected.basis), detail);
    assert.equal(await cell.getAttribute("data-basis"), expected.basis);
    await page.screenshot({ path: path.join(outDir, "html-page.png"), fullPage: true });
  });

  it("loads nothing from outside the page and raises no script error", () => {
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  });
});
