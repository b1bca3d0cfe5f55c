// `npm run openapi`: writes docs/openapi.json from the route table (src/contract/) and the domain's schemas.
// Commit the result; tests/contract/openapi.test.ts fails while the committed file and the code disagree, and
// `npm run openapi:lint` (tests/contract/openapi-lint.test.ts) lints it.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildOpenApiDocument } from '../src/core/openapi/document'

const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url))
const document = buildOpenApiDocument()
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`, 'utf8')
console.log(
  `Wrote ${target}: ${Object.keys(document.paths).length} paths, ${Object.keys(document.components.schemas).length} schemas.`,
)
