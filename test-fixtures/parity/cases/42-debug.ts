// A debug instance is a logger called directly.
import createDebug from 'debug';

const debug = createDebug('app:lmif');
debug('key %s', process.env.LMIF_API_KEY); // expect: no-logged-credential high
