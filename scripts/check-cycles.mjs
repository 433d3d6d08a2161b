/**
 * Fails when the modules of src/ import each other in a cycle. Every import counts: static, dynamic
 * (`import('./x.js')`), re-exports and type-only imports, since a type import of the element's class
 * is what ties a view to the element. `--graph` prints the whole graph.
 *
 * The parts and views depend on interfaces (src/host.ts), never on the element's class: keep it so.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', 'src');

/** Every .ts file under `dir`. */
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

/** The relative modules `file` imports, as paths of src/ files. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.[^']+)'/gm)].map((m) => m[1]);
  return [...new Set(specifiers.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts'))))];
}

/** The graph: per file (relative to src/), the files it imports. */
export function importGraph() {
  const graph = new Map();
  for (const file of files(ROOT))
    graph.set(
      relative(ROOT, file),
      importsOf(file).map((f) => relative(ROOT, f)),
    );
  return graph;
}

/** Each elementary cycle once, as the list of its files, found by a depth-first search from each file. */
export function cyclesOf(graph) {
  const cycles = new Map();
  const visit = (file, path) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      const cycle = path.slice(at);
      // One rotation per cycle: starting from its smallest name.
      const start = cycle.indexOf([...cycle].sort()[0]);
      const key = [...cycle.slice(start), ...cycle.slice(0, start)];
      cycles.set(key.join(' -> '), key);
      return;
    }
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
  };
  for (const file of graph.keys()) visit(file, []);
  return [...cycles.values()];
}

if (import.meta.url == `file://${process.argv[1]}`) {
  const graph = importGraph();
  if (process.argv.includes('--graph'))
    for (const [file, imports] of [...graph].sort()) console.log(`${file}: ${imports.sort().join(', ') || '-'}`);
  const cycles = cyclesOf(graph);
  for (const cycle of cycles) console.error(`import cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
  console.log(`${graph.size} modules, ${cycles.length} import cycles`);
  process.exit(cycles.length ? 1 : 0);
}
