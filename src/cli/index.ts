#!/usr/bin/env node
// The command line's entry (package.json `bin`): runs it and exits with its status.
import { limitHeapGrowth } from '../adapters/heap-growth.js';
import { main } from './main.js';

// A reader that stops early (`| head`) closes the pipe: that is not an error of the gate.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
limitHeapGrowth();
const status = await main(process.argv.slice(2));
// Exit once the output is flushed, rather than wait on anything a library left open.
process.stdout.write('', () => process.exit(status));
