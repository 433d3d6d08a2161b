// Per run, how long after the choice is stored the banner is seen hidden, from the shared benchmark's
// JSON (`node run.mjs ... --json out.json`): the benchmark's table gives the two medians apart, and their
// difference is not the median of the gap. The probe looks for "hidden" in each animation frame, so the
// gap is at least the time to the next frame (16.7 ms at 60 Hz).
//   node click-gap.mjs out.json [profile]
import fs from 'node:fs';

const [file, profile = 'slow'] = process.argv.slice(2);
const { results } = JSON.parse(fs.readFileSync(file, 'utf8'));
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
for (const [page, { runs = [] }] of Object.entries(results[profile])) {
  const clicked = runs.filter((run) => run.clickHidden != null && run.clickStored != null);
  if (!clicked.length) continue;
  const gaps = clicked.map((run) => run.clickHidden - run.clickStored).sort((a, b) => a - b);
  console.log(
    `${page.padEnd(24)} stored ${median(clicked.map((run) => run.clickStored)).toFixed(1)} ms, hidden ` +
      `${median(clicked.map((run) => run.clickHidden)).toFixed(1)} ms; gap ${median(gaps).toFixed(1)} ms, ` +
      `within a frame in ${gaps.filter((gap) => gap <= 1000 / 60).length} of ${gaps.length} runs: ${gaps.map((gap) => gap.toFixed(0)).join(' ')}`,
  );
}
