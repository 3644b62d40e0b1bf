// Summarises a V8 .cpuprofile (from BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=bench/work/prof"): self
// time by function and by package; or a .heapprofile (from bench/allocation-sampler.mjs): bytes allocated.
// Usage: tsx bench/profile-summary.ts <file.cpuprofile|file.heapprofile> [top]
import { readFileSync } from 'node:fs';

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: Frame }[];
  samples: number[];
  timeDeltas: number[];
}

interface HeapNode {
  callFrame: Frame;
  selfSize: number;
  children: HeapNode[];
}

interface HeapProfile {
  head: HeapNode;
}

/** The package (or "node:", "(program)", "app") a frame belongs to. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:*';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match?.[1]) return match[1];
  return url.includes('/apps/server/dist/') ? 'app (server bundle)' : url;
}

function top(
  map: Map<string, number>,
  total: number,
  count: number,
  unit: { name: string; per: number },
): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, cost]) =>
        `${((100 * cost) / total).toFixed(1).padStart(5)} %  ${(cost / unit.per).toFixed(0).padStart(6)} ${unit.name}  ${name}`,
    );
}

/** Self time (µs) or self allocation (bytes) per frame, from a .cpuprofile or a .heapprofile. */
function selfCosts(profile: CpuProfile | HeapProfile): [Frame, number][] {
  if ('head' in profile) {
    const costs: [Frame, number][] = [];
    const walk = (node: HeapNode) => {
      costs.push([node.callFrame, node.selfSize]);
      for (const child of node.children) walk(child);
    };
    walk(profile.head);
    return costs;
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...selfUs].flatMap(([id, us]) => {
    const frame = byId.get(id)?.callFrame;
    return frame ? [[frame, us] as [Frame, number]] : [];
  });
}

const [file, count = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile|file.heapprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile | HeapProfile;
const isHeap = 'head' in profile;
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
let total = 0;
for (const [frame, cost] of selfCosts(profile)) {
  if (frame.functionName === '(idle)') continue;
  total += cost;
  const where = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/apps\//, 'apps/');
  const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + cost);
  const pkg = packageOf(frame.url, frame.functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + cost);
}
const unit = isHeap ? { name: 'MB', per: 1e6 } : { name: 'ms', per: 1000 };
console.log(
  isHeap
    ? `Allocated (sampled, collected objects included): ${(total / unit.per).toFixed(0)} MB`
    : `Busy (non-idle) samples: ${(total / unit.per).toFixed(0)} ms`,
);
console.log('\nBy package:');
console.log(top(byPackage, total, 15, unit).join('\n'));
console.log(`\nBy function (self ${isHeap ? 'allocation' : 'time'}):`);
console.log(top(byFunction, total, Number(count), unit).join('\n'));
