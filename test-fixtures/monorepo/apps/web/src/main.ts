import { createClient } from '@acme/sdk';
import { apiBase } from '~/settings';

const client = createClient(apiBase);
void client.get('/status');
