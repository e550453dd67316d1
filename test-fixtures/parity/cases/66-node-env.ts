// Non-secret environment variables.
console.log('starting on', process.env.PORT, process.env.NODE_ENV, process.env.API_URL);
