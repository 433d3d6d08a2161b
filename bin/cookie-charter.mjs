#!/usr/bin/env node
// The package's command-line tool. Each command is a module of cli/ exporting
// `run(args, io) → exit code`, loaded only when asked for, so that one command's dependencies
// (a browser driver, a server renderer) are never loaded by another.
import { main } from '../cli/main.mjs';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
