#!/usr/bin/env node
// A committed entry, so that pnpm links the command at install time, before the first build.
import '../dist/bin.js';
