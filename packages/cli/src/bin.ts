#!/usr/bin/env node
import { processIo } from './io.js';
import { main } from './main.js';

// `mock` keeps serving after main returns: its process ends on a signal.
process.exitCode = await main(process.argv.slice(2), processIo);
