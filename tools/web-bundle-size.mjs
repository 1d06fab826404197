#!/usr/bin/env node
// The JS that the browser must load before a route can show, gzip-compressed: the entry chunk,
// the route's lazy chunk and every chunk that either imports statically. Reads the manifest of
// the built web client (`nx run web:build`) and fails when a route exceeds the budget.
//
//   node tools/web-bundle-size.mjs                 # the dashboard
//   node tools/web-bundle-size.mjs src/modules/project/components/ProjectListPage.tsx
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250_000;
const DIST = resolve(import.meta.dirname, '../dist/apps/web');
const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8'));
const routes = process.argv.slice(2);
if (routes.length === 0) routes.push('src/modules/portfolio/components/DashboardPage.tsx');

function collect(key, into) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`Not in the manifest: ${key}`);
  into.add(key);
  for (const imported of chunk.imports ?? []) collect(imported, into);
  return into;
}

const [entryKey] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry) ?? [];
if (!entryKey) throw new Error('The manifest names no entry');

let failed = false;
for (const route of routes) {
  const keys = collect(route, collect(entryKey, new Set()));
  let raw = 0;
  let gzip = 0;
  for (const key of keys) {
    const bytes = readFileSync(resolve(DIST, manifest[key].file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const verdict = gzip <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `${route}: ${keys.size} chunks, ${kb(raw)} raw, ${kb(gzip)} gzip (${verdict} the budget of ${kb(BUDGET_BYTES)})`,
  );
  if (gzip > BUDGET_BYTES) failed = true;
}
process.exit(failed ? 1 : 0);
