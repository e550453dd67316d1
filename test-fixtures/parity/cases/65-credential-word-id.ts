// Names that describe a key rather than hold one.
export function log(apiKeyHeader: string, tokenUrl: string, keyId: string) {
  console.log(apiKeyHeader, tokenUrl, keyId);
}
