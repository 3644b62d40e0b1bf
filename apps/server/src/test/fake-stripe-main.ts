// The fake Stripe API as its own process, for the browser tests: `tsx fake-stripe-main.ts <port>`.
import { startFakeStripe } from './fake-stripe';

const port = Number(process.argv[2] ?? 12111);
const fake = await startFakeStripe({ port });
console.log(`fake Stripe listening on ${fake.url}`);
