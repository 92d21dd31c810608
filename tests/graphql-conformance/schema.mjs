// Usage: node schema.mjs <url> <sdlFile>
// Fetches the live endpoint's introspection, rebuilds the schema with graphql-js (buildClientSchema) and compares it
// with the SDL the server's own printer produced (the checked-in snapshot). Both sides are parsed and printed by
// graphql-js with types, fields, arguments and enum values sorted, so only printer conventions (description style,
// order) are normalised away: every type, field, argument, default value, description and deprecation must match.
// Prints a line diff and exits 1 on any difference.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

const [url, sdlFile] = process.argv.slice(2);
if (!url || !sdlFile) {
  console.error('usage: node schema.mjs <url> <sdlFile>');
  process.exit(2);
}

// What GraphiQL and codegen tools send. GraphQL.NET 8 answers specifiedByURL, isRepeatable and input-value
// deprecation only when its experimental features are switched on, so those are not asked for.
const query = getIntrospectionQuery({ descriptions: true, schemaDescription: true, oneOf: true });
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
});
const body = await response.text();
let result;
try {
  result = JSON.parse(body);
} catch {
  result = undefined;
}
if (response.status !== 200 || !result?.data || result.errors) {
  console.error(`The server refused the standard introspection query (HTTP ${response.status}):\n${body.slice(0, 2000)}`);
  process.exit(1);
}

const normalise = (schema) => printSchema(lexicographicSortSchema(schema));
const live = normalise(buildClientSchema(result.data));
const snapshot = normalise(buildSchema(readFileSync(sdlFile, 'utf8')));
if (live === snapshot) {
  console.log(`The schema rebuilt from introspection matches ${sdlFile}.`);
  process.exit(0);
}

console.error(`The schema rebuilt from introspection (+) differs from ${sdlFile} (-):`);
console.error(diff(snapshot.split('\n'), live.split('\n')).join('\n'));
process.exit(1);

/** Line diff (longest common subsequence), changed lines with three lines of context, hunks separated by "@@". */
function diff(a, b) {
  const lcs = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ mark: ' ', text: a[i] });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      lines.push({ mark: '-', text: a[i++] });
    } else {
      lines.push({ mark: '+', text: b[j++] });
    }
  }
  const near = (k) => lines.slice(Math.max(0, k - 3), k + 4).some((l) => l.mark !== ' ');
  const out = [];
  let skipped = false;
  lines.forEach((line, k) => {
    if (near(k)) {
      if (skipped || (out.length === 0 && k > 0)) {
        out.push('@@');
      }
      out.push(`${line.mark} ${line.text}`);
      skipped = false;
    } else {
      skipped = true;
    }
  });
  return out;
}
