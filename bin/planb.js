#!/usr/bin/env node
'use strict';
// The compiled CLI lives in dist/ (built by `npm run build`, run automatically by `npm ci`).
require('../dist/cli/main.js');
