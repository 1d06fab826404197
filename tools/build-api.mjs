// Compiles the API and the libraries it imports to CommonJS with swc, into dist/apps/api.
// Sources keep their place relative to the workspace root, so that the `@leitstand/*`
// imports that swc rewrites into relative paths resolve the same in dist as in the sources.
// Type checking is the `typecheck` target's job (tsc --noEmit); this only transpiles.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFileSync } from '@swc/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/apps/api');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

const sourceDirs = ['apps/api/src', ...readdirSync(join(root, 'libs/shared')).map((lib) => `libs/shared/${lib}/src`)];
const isSource = (file) =>
  file.endsWith('.ts') && !/\.(spec|integration-spec)\.ts$/.test(file) && !file.endsWith('.d.ts');

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (isSource(path)) yield path;
  }
}

const started = performance.now();
rmSync(outDir, { recursive: true, force: true });
let count = 0;
for (const dir of sourceDirs) {
  for (const file of walk(join(root, dir))) {
    const { code, map } = transformFileSync(file, {
      swcrc: false,
      sourceMaps: true,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2023',
        keepClassNames: true,
        baseUrl: root,
        paths: compilerOptions.paths,
      },
      module: { type: 'commonjs', strictMode: true },
    });
    const target = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    writeFileSync(`${target}.map`, map);
    count++;
  }
}
// The entry point at a stable place: dist/apps/api/main.js.
writeFileSync(join(outDir, 'main.js'), "require('./apps/api/src/main.js');\n");
console.log(`Compiled ${count} files into ${relative(root, outDir)} in ${Math.round(performance.now() - started)} ms`);
