// Usage: node audit.mjs <url>
// Runs graphql-http's GraphQL-over-HTTP server audit against a live endpoint and prints one JSON line per audit:
// {status: ok|notice|warn|error, id, name, reason?, http?}. Exits 1 when a MUST (error) or SHOULD (warn) fails;
// a failing MAY is a "notice" and is reported without failing the run.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

const results = await auditServer({ url });
let failed = 0;
for (const result of results) {
  const line = { status: result.status, id: result.id, name: result.name };
  if (result.status !== 'ok') {
    line.reason = result.reason;
    line.http = await describe(result.response);
    if (result.status === 'warn' || result.status === 'error') {
      failed++;
    }
  }
  console.log(JSON.stringify(line));
}

const count = (status) => results.filter((r) => r.status === status).length;
console.log(JSON.stringify({
  summary: { total: results.length, ok: count('ok'), notice: count('notice'), warn: count('warn'), error: count('error') },
}));
process.exit(failed === 0 ? 0 : 1);

/** Status, content type and (when the audit left it unread) the body of a failing response. */
async function describe(response) {
  if (!response) {
    return undefined;
  }
  const http = { status: response.status, contentType: response.headers.get('content-type') };
  if (!response.bodyUsed) {
    http.body = (await response.text()).slice(0, 500);
  }
  return http;
}
