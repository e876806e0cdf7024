// Times protectFamily on large synthetic families (not a test: no timed assertion anywhere).
// Build first (npx turbo run build --filter=@corredor/disclosure), then:
//   node packages/disclosure/scripts/measure-big-family.cjs
// Each family: nationality (250 categories), sex x nationality, sex x age band, age band x migratory
// situation, language (multi-valued, 60 categories), sex x language; skewed (Zipf) categories, so
// many cells are small. Deterministic (seeded), k = 5, no rounding.
const { protectFamily } = require('../dist/index.js');

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function zipf(next, categories, exponent) {
  const weights = Array.from({ length: categories }, (_, i) => 1 / Math.pow(i + 1, exponent));
  const sum = weights.reduce((a, b) => a + b, 0);
  return () => {
    let u = next() * sum;
    for (let i = 0; i < categories; i += 1) if ((u -= weights[i]) <= 0) return i;
    return categories - 1;
  };
}

function family(people, seed) {
  const next = random(seed);
  const pick = { nationality: zipf(next, 250, 1.3), ageBand: zipf(next, 8, 0.5), sex: zipf(next, 4, 1.5), migratoryStatus: zipf(next, 6, 0.8), language: zipf(next, 60, 1.4) };
  const units = Array.from({ length: people }, () => ({
    sex: `s${pick.sex()}`,
    ageBand: `a${pick.ageBand()}`,
    nationality: `n${pick.nationality()}`,
    migratoryStatus: `m${pick.migratoryStatus()}`,
    language: [...new Set(next() < 0.3 ? [`l${pick.language()}`, `l${pick.language()}`] : [`l${pick.language()}`])],
  }));
  const table = (dimensions) => {
    const cells = new Map();
    for (const unit of units) {
      let keys = [[]];
      for (const dim of dimensions) keys = keys.flatMap((key) => [].concat(unit[dim]).map((category) => [...key, category]));
      for (const key of keys) {
        const cell = cells.get(key.join('|')) ?? { key, count: 0 };
        cell.count += 1;
        cells.set(key.join('|'), cell);
      }
    }
    return { dimensions, cells: [...cells.values()] };
  };
  const shapes = [['nationality'], ['sex', 'nationality'], ['sex', 'ageBand'], ['ageBand', 'migratoryStatus'], ['language'], ['sex', 'language']];
  return { total: people, multiValued: ['language'], tables: shapes.map(table) };
}

protectFamily(family(500, 99), { k: 5, roundTo: null }); // warm-up
for (const people of [200, 1000, 5000, 20000]) {
  const times = [];
  let cells = 0;
  let suppressed = 0;
  for (let seed = 1; seed <= 5; seed += 1) {
    const input = family(people, seed);
    const start = process.hrtime.bigint();
    const release = protectFamily(input, { k: 5, roundTo: null });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const all = release.tables.flatMap((t) => t.cells);
    cells += all.length;
    suppressed += all.filter((cell) => cell.value === null).length;
  }
  times.sort((a, b) => a - b);
  process.stdout.write(
    `${people} people: ${cells / 5} cells, ${suppressed / 5} suppressed (mean of 5); ms min ${times[0].toFixed(0)}, median ${times[2].toFixed(0)}, max ${times[4].toFixed(0)}\n`,
  );
}
