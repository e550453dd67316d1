// How much of a long scan shows progress on a terminal: runs `keyward scan` (the built CLI) on a tree with a
// progress writer that records when each line is drawn, and reports the longest silence after the first line.
// "text only" counts the text-scan lines alone: what the indicator drew before the semantic pass had phases.
//   node bench/progress/run.mjs /work/corpora/excalidraw
import { run } from '../../packages/cli/dist/run.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/progress/run.mjs <dir>');
const draws = [];
const started = performance.now();
const result = await run(['scan', '--format', 'json', '--output', '/dev/null', '--quiet'], {
  cwd: dir,
  progress: (line) => draws.push({ at: performance.now() - started, line }),
});
const total = performance.now() - started;
const silence = (kept) => {
  const times = [...kept.map((draw) => draw.at), total];
  let longest = 0;
  for (let i = 1; i < times.length; i++) longest = Math.max(longest, times[i] - times[i - 1]);
  return { first: kept[0]?.at ?? total, longest };
};
const drawn = draws.filter((draw) => draw.line.includes('keyward:'));
const all = silence(drawn);
const text = silence(drawn.filter((draw) => draw.line.includes('scanning')));
const ms = (value) => `${(value / 1000).toFixed(2)} s`;
// the text-scan line stays up until the next draw: with text lines alone it read "scanning N/N files" all
// through the semantic pass; with phases, only until the pass's first line
const lastText = drawn.filter((draw) => draw.line.includes('scanning')).at(-1)?.at ?? total;
const firstSemantic = drawn.find((draw) => draw.line.includes('semantic pass'))?.at ?? total;
const pct = (value) => `${((100 * value) / total).toFixed(0)}%`;
console.log(`exit ${result.exitCode}; scan ${ms(total)}; ${drawn.length} progress lines`);
console.log(
  `semantic pass unnamed on the line: text only ${ms(total - lastText)} (${pct(total - lastText)}), all phases ${ms(firstSemantic - lastText)} (${pct(firstSemantic - lastText)})`,
);
console.log(
  `text only:  first line at ${ms(text.first)}, longest silence after it ${ms(text.longest)} (${((100 * text.longest) / total).toFixed(0)}% of the scan)`,
);
console.log(
  `all phases: first line at ${ms(all.first)}, longest silence after it ${ms(all.longest)} (${((100 * all.longest) / total).toFixed(0)}% of the scan)`,
);
