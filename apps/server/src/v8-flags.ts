import { setFlagsFromString } from 'node:v8';

// Imported first by main.ts, before the app allocates anything that lasts. V8 "pretenures" an allocation site
// whose objects survived a young-generation collection often enough: from then on every object it makes is
// born in the old generation. Under load that caught short-lived objects, the row descriptions pg parses for
// every query among them, and filled the old generation with garbage (R2: 60 MB promoted in 8 s, 4 MB without),
// so mark-compacts came every second or so and made the p99 (ADR 004). Not allowed in NODE_OPTIONS, hence here.
setFlagsFromString('--no-allocation-site-pretenuring');
