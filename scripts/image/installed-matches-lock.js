// Usage: node installed-matches-lock.js <package-lock.json> <node_modules/.package-lock.json>
// Fails unless every package installed (as npm's hidden lock file records it) is the version, with
// the integrity, that the project's lock file names at the same place in the tree. It reads what npm
// recorded (npm checked each download against that integrity); it does not re-hash files on disk.
const [lockPath, installedPath] = process.argv.slice(2);
const locked = require(require('node:path').resolve(lockPath)).packages;
const installed = require(require('node:path').resolve(installedPath)).packages;
const mismatches = Object.entries(installed)
  .filter(([where, pkg]) => !pkg.link && !where.startsWith('node_modules/@corredor/'))
  .filter(([where, pkg]) => locked[where]?.version !== pkg.version || locked[where]?.integrity !== pkg.integrity)
  .map(([where, pkg]) => `  ${where}: installed ${pkg.version}, lock says ${locked[where]?.version ?? 'nothing'}`);
if (mismatches.length > 0) {
  process.stderr.write(`image-build: the installed tree does not match ${lockPath}:\n${mismatches.join('\n')}\n`);
  process.exit(1);
}
