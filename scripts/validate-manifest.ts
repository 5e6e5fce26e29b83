// `npm run validate`: checks manifest.xml against Microsoft's add-in manifest XSDs, offline.
// office-addin-manifest's own validator calls a web service, so libxml2 (as WebAssembly) does it here.
// The schemas are kept in the repository (schemas/manifest/, with their README and licence note).

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const REPO_ROOT = resolve(__dirname, '..');
export const SCHEMA_DIR = join(REPO_ROOT, 'schemas/manifest');
export const MANIFEST_PATH = join(REPO_ROOT, 'manifest.xml');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

export interface ManifestCheck {
  valid: boolean;
  errors: string[];
}

/** Validates manifest text; the imported XSDs are preloaded by file name because xmllint-wasm does no I/O. */
export async function validateManifest(xml: string): Promise<ManifestCheck> {
  const schemaFile = (fileName: string) => ({ fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), 'utf8') });
  const imported = readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.xsd') && name !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [schemaFile(MAIN_SCHEMA)],
    preload: imported.map(schemaFile),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

async function main(): Promise<number> {
  const check = await validateManifest(readFileSync(MANIFEST_PATH, 'utf8'));
  if (!check.valid) {
    process.stderr.write(`manifest.xml 未通过校验 / failed validation:\n${check.errors.join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`manifest.xml 符合 ${MAIN_SCHEMA} / is valid against ${SCHEMA_DIR}\n`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
