// Usage: node runtime-workspaces.js <workspace dir>
// Prints the workspace and every workspace it reaches through `dependencies` (not devDependencies),
// one directory a line: what a runtime image of that workspace needs of the monorepo.
const path = require('node:path');
const { globSync } = require('node:fs');
const root = path.resolve(__dirname, '../..');
const manifest = (dir) => require(path.join(root, dir, 'package.json'));
const dirByName = new Map(
  manifest('.').workspaces.flatMap((pattern) => globSync(`${pattern}/package.json`, { cwd: root })).map((file) => {
    const dir = path.dirname(file);
    return [manifest(dir).name, dir];
  }),
);
const seen = new Set();
const visit = (dir) => {
  if (seen.has(dir)) return;
  seen.add(dir);
  for (const name of Object.keys(manifest(dir).dependencies ?? {})) {
    const next = dirByName.get(name);
    if (next) visit(next);
  }
};
visit(path.normalize(process.argv[2]));
process.stdout.write([...seen].join('\n') + '\n');
