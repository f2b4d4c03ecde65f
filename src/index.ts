// The entry the runner starts (action.yml `main`): it only runs the pipeline.
import { run } from './main.js';

await run();
