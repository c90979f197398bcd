import { defineConfig } from "@playwright/test";

// The server under test: the binary cargo-leptos built, on its own port, with a fresh database.
// `make test` sets JOBINTEL_BIN; Chromium is Debian's (never downloaded by Playwright).
const port = Number(process.env.E2E_PORT ?? 3100);
const fakePort = Number(process.env.E2E_FAKE_OPENAI_PORT ?? 3199);
const bin = process.env.JOBINTEL_BIN ?? `${process.env.HOME}/.cache/jobintel-target/debug/jobintel`;
export const PASSWORD = "e2e-password-123";

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
   {
    // The fit layer's provider: runs record costs, which the admin page shows.
    command: `FAKE_OPENAI_PORT=${fakePort} exec node fake-openai.mjs`,
    url: `http://127.0.0.1:${fakePort}/v1/models`,
    reuseExistingServer: false,
    timeout: 20_000,
   },
   {
    command: `rm -rf .data && mkdir -p .data && exec "${bin}" serve`,
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: "sqlite://.data/e2e.db",
      APPLICATIONS_DIR: ".data/applications",
      BACKUP_DIR: ".data/backups",
      LOGIN_PASSWORD: PASSWORD,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: "../target/site",
      LEPTOS_OUTPUT_NAME: "jobintel",
      LEPTOS_SITE_PKG_DIR: "pkg",
      LOG_LEVEL: "warn",
      LLM_LAYERS: "fit=openai:gpt-4o-mini,cv=openai:gpt-4o-mini",
      OPENAI_API_KEY: "sk-e2e-test",
      OPENAI_BASE_URL: `http://127.0.0.1:${fakePort}/v1`,
    },
   },
  ],
});
