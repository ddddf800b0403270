#!/usr/bin/env node
'use strict';
// The compiled CLI lives in dist/ (built by `npm run build`, which `npm ci` runs through `prepare`).
// No V8 flags are set here: `v8.setFlagsFromString('--max-semi-space-size=…')` after start-up does
// not resize the young generation (docs/performance.md), and a real 64 MB one did not shorten the
// 10,000-process build's garbage collection either.
require('../dist/cli/main.js').runCli();
