// OPTIONAL, not run by the build or CI: scores chrono-node (JavaScript) on the
// held-out time sentences the same way as tests/temporal_heldout_test.cc, for
// the comparison in docs/temporal.md. Needs node and network access once:
//
//   mkdir /tmp/chrono && cd /tmp/chrono && npm init -y && npm install chrono-node
//   NODE_PATH=/tmp/chrono/node_modules node tests/tools/chrono_heldout.js \
//       tests/data/temporal_heldout.jsonl [--verbose]
//
// chrono.parse(text, refDate, {forwardDate: false}) with refDate = noon on the
// line's publication date (today's date when it is null: chrono always
// resolves). Its results are mapped to the key's values: a range to
// "start/end" (day level), else a day when chrono is certain of the day, a
// month "YYYY-MM" when only of the month, a year when only of the year, and
// the implied day otherwise (weekdays, "next week", "last year"). chrono has
// no interval for weeks or weekends, no partial values and no null; with
// pub null a day it is not certain of the year of is written XXXX-MM-DD.
// Lines are scored by overlapping span + equal value ("loose", as the C++
// test), by exact text, and leniently (chrono's day inside the expected
// period counts).
const fs = require('fs');
const chrono = require('chrono-node');
const file = process.argv[2];
const verbose = process.argv.includes('--verbose');
const pad = (n, w = 2) => String(n).padStart(w, '0');
let noPub = false;  // pub null: a day and month without a year -> XXXX-MM-DD
function comp(c) {
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  if (noPub && c.isCertain('day') && !c.isCertain('year')) return `XXXX-${pad(m)}-${pad(d)}`;
  if (c.isCertain('day')) return `${y}-${pad(m)}-${pad(d)}`;
  if (c.isCertain('month')) return `${y}-${pad(m)}`;
  if (c.isCertain('year')) return `${y}`;
  return `${y}-${pad(m)}-${pad(d)}`;  // weekday / relative: implied day
}
function day(c) {
  if (noPub && !c.isCertain('year')) return `XXXX-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  return `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
}
function value(r) {
  if (!r.end) return comp(r.start);
  const a = day(r.start), b = day(r.end);
  return a === b ? a : `${a}/${b}`;
}
const norm = (s) => s.trim().replace(/^(on|in|at|by|since|until|from|during|the)\s+/i, '');
// lenient value: chrono's (first) day falls inside the expected period.
function within(got, want) {
  if (got === want) return true;
  if (want === 'null' || want.startsWith('XXXX')) return false;
  const g = got.split('/')[0];
  if (!/^\d{4}-\d\d-\d\d$/.test(g)) return false;
  const [a, b] = want.includes('/') ? want.split('/') : [want, want];
  const lo = a.length === 4 ? a + '-01-01' : a.length === 7 ? a + '-01' : a;
  const hi = b.length === 4 ? b + '-12-31' : b.length === 7 ? b + '-31' : b;
  return g >= lo && g <= hi;
}
function overlap(t, a, b) {  // texts a, b overlap in sentence t
  const ia = t.indexOf(a), ib = t.indexOf(b);
  if (ia < 0 || ib < 0) return false;
  return ia < ib + b.length && ib < ia + a.length;
}
let lenOk = 0, tpLen = 0;
let lines = 0, strictOk = 0, looseOk = 0, exp = 0, found = 0, tpStrict = 0, tpLoose = 0;
for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!raw.trim()) continue;
  const L = JSON.parse(raw);
  lines++;
  // chrono always needs a reference date; with pub null it gets today's.
  noPub = L.pub === null;
  const [Y, M, D] = noPub ? [0, 0, 0] : L.pub.split('-').map(Number);
  const ref = noPub ? new Date() : new Date(Y, M - 1, D, 12, 0, 0);
  const got = chrono.parse(L.text, ref, { forwardDate: false })
      .map((r) => ({ text: r.text, value: value(r) }));
  const want = L.expect.map((e) => ({ text: e.text, value: e.value === null ? 'null' : e.value }));
  exp += want.length; found += got.length;
  // strict: exact text and value; loose: spans overlap and value equal.
  const match = (pred) => {
    const used = new Set(); let tp = 0;
    for (const w of want) {
      const i = got.findIndex((g, k) => !used.has(k) && g.value === w.value && pred(g, w));
      if (i >= 0) { used.add(i); tp++; }
    }
    return tp;
  };
  const s = match((g, w) => g.text === w.text);
  const l = match((g, w) => overlap(L.text, g.text, w.text));
  const used2 = new Set(); let len = 0;
  for (const w of want) {
    const i = got.findIndex((g, k) => !used2.has(k) && within(g.value, w.value) && overlap(L.text, g.text, w.text));
    if (i >= 0) { used2.add(i); len++; }
  }
  tpLen += len; lenOk += (len === want.length && got.length === want.length);
  tpStrict += s; tpLoose += l;
  const okS = s === want.length && got.length === want.length;
  const okL = l === want.length && got.length === want.length;
  strictOk += okS; looseOk += okL;
  if (verbose && !okL) {
    console.log(`${L.id} ${L.pub}: ${L.text}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`);
  }
}
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : 'n/a');
console.log(`chrono-node ${JSON.parse(fs.readFileSync(require.resolve('chrono-node').replace(/dist.*/, 'package.json'))).version}: ${lines} lines`);
console.log(`lines right: strict ${strictOk} (${pct(strictOk, lines)}%), loose spans ${looseOk} (${pct(looseOk, lines)}%)`);
console.log(`lenient (chrono's day inside the expected period): lines ${lenOk} (${pct(lenOk, lines)}%), P ${pct(tpLen, found)}% R ${pct(tpLen, exp)}%`);
console.log(`expressions: expected ${exp}, found ${found}; strict P ${pct(tpStrict, found)}% R ${pct(tpStrict, exp)}%; loose P ${pct(tpLoose, found)}% R ${pct(tpLoose, exp)}%`);
