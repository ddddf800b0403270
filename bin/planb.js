#!/usr/bin/env node
'use strict';
// The compiled CLI lives in dist/ (built by `npm run build`, which `npm ci` runs through `prepare`).
require('../dist/cli/main.js').runCli();
