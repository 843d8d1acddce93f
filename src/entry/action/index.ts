import * as core from '@actions/core';
import { run } from './main.js';
import type { Toolkit } from './toolkit.js';

const toolkit: Toolkit = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  info: (message) => core.info(message),
  warning: (message, place) => core.warning(message, place),
  error: (message, place) => core.error(message, place),
  notice: (message, place) => core.notice(message, place),
  startGroup: (title) => core.startGroup(title),
  endGroup: () => core.endGroup(),
  setFailed: (message) => core.setFailed(message),
  setSecret: (secret) => core.setSecret(secret),
  getIDToken: (audience) => core.getIDToken(audience),
  appendSummary: async (markdown) => {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
};

const controller = new AbortController();
// The runner sends SIGINT, then SIGTERM, when a job is cancelled: stop stages, record nothing of theirs.
process.on('SIGINT', () => controller.abort());
process.on('SIGTERM', () => controller.abort());

run(toolkit, { env: process.env, signal: controller.signal }).catch((error: unknown) => {
  core.setFailed(
    `reprokit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
});
