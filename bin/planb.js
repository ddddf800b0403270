#!/usr/bin/env node
'use strict';
// A larger young generation before anything is allocated: a build makes many short-lived strings
// (Markdown, HTML), and with V8's default 16 MB semi-space, garbage collection took a quarter of a
// 10,000-process build. Measured on 2026-12-02: 57 s -> 43 s wall, 46 s -> 33 s CPU (docs/performance.md).
require('v8').setFlagsFromString('--max-semi-space-size=64');
// The compiled CLI lives in dist/ (built by `npm run build`, which `npm ci` runs through `prepare`).
require('../dist/cli/main.js').runCli();
