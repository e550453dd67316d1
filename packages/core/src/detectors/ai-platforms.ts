import { prefixed } from './define.js';

// Model-hosting and inference platforms with distinctive prefixes.
export const aiPlatforms = [
  prefixed({ id: 'huggingface-token', provider: 'Hugging Face', title: 'Hugging Face access token', prefix: 'hf_', body: '[A-Za-z]{34,40}', shape: '34–40 letters', envName: 'HF_TOKEN' }),
  prefixed({ id: 'huggingface-org-token', provider: 'Hugging Face', title: 'Hugging Face organization API token', prefix: 'api_org_', body: '[A-Za-z]{34}', shape: '34 letters', envName: 'HF_TOKEN' }),
  prefixed({ id: 'groq-api-key', provider: 'Groq', title: 'Groq API key', prefix: 'gsk_', body: '[A-Za-z0-9]{52}', shape: '52 letters and digits', envName: 'GROQ_API_KEY' }),
  prefixed({ id: 'replicate-api-token', provider: 'Replicate', title: 'Replicate API token', prefix: 'r8_', body: '[A-Za-z0-9]{37}', shape: '37 letters and digits', envName: 'REPLICATE_API_TOKEN' }),
  prefixed({ id: 'perplexity-api-key', provider: 'Perplexity', title: 'Perplexity API key', prefix: 'pplx-', body: '[A-Za-z0-9]{48}', shape: '48 letters and digits', envName: 'PERPLEXITY_API_KEY' }),
  prefixed({ id: 'xai-api-key', provider: 'xAI', title: 'xAI API key', prefix: 'xai-', body: '[A-Za-z0-9]{80}', shape: '80 letters and digits', envName: 'XAI_API_KEY' }),
  prefixed({ id: 'openrouter-api-key', provider: 'OpenRouter', title: 'OpenRouter API key', prefix: 'sk-or-v1-', body: '[0-9a-f]{64}', shape: '64 hex digits', envName: 'OPENROUTER_API_KEY' }),
  prefixed({ id: 'langsmith-api-key', provider: 'LangSmith', title: 'LangSmith API key', prefix: 'lsv2_', body: '(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}', shape: '`pt_` or `sk_`, 32 hex digits, `_` and 10 hex digits', envName: 'LANGSMITH_API_KEY' }),
];
