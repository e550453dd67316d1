// A tracing attribute holding a secret from the environment.
import { trace } from '@opentelemetry/api';

const span = trace.getTracer('billing').startSpan('charge');
span.setAttribute('stripe.key', process.env.STRIPE_SECRET_KEY ?? ''); // expect: no-logged-credential high
span.end();
