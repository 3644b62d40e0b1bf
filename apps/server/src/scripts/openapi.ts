// npm run openapi: rewrites docs/openapi.json from the app's routes (commit the result).
import { writeFileSync } from 'node:fs';
import { canonicalJson, OPENAPI_FILE, servedOpenApiDocument } from '../openapi/openapi-file';

writeFileSync(OPENAPI_FILE, canonicalJson(await servedOpenApiDocument()));
console.log(`Wrote ${OPENAPI_FILE}`);
