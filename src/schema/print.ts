import { writeFileSync } from 'node:fs';
import { printedSchema } from './index';

/** `npm run schema:print` writes schema.graphql from the code (a test checks it is current). */
writeFileSync(new URL('../../schema.graphql', import.meta.url), printedSchema());
console.log('schema.graphql written');
