// Usage: node validate.mjs <sdlFile> <corpusDir>
// Validates every *.graphql operation document in corpusDir against the schema in sdlFile with graphql-js and prints
// one JSON line per file: {file, valid, errors: [message...]}. A document that does not parse is invalid.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

const [sdlFile, corpusDir] = process.argv.slice(2);
if (!sdlFile || !corpusDir) {
  console.error('usage: node validate.mjs <sdlFile> <corpusDir>');
  process.exit(2);
}

const schema = buildSchema(readFileSync(sdlFile, 'utf8'));
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.graphql')).sort();
for (const file of files) {
  let errors;
  try {
    errors = validate(schema, parse(readFileSync(join(corpusDir, file), 'utf8'))).map((e) => e.message);
  } catch (error) {
    errors = [error.message]; // a GraphQLError from parse: the document is not even syntactically valid
  }
  console.log(JSON.stringify({ file, valid: errors.length === 0, errors }));
}
