// Worker entry point. Workers do not inherit the tsx loader of the main thread, so it is registered
// here before the TypeScript worker is imported.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
