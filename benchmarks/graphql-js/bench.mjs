// The graphql-js side of the gateway-vs-graphqljs benchmark.
//
//   node bench.mjs <folder>
//
// <folder> holds what benchmarks/OnePlusX.Benchmarks writes: schema.graphql (the gateway's schema printed by
// GraphQL.NET), data.json (the generated read-model data) and queries.json (the operations by name). The program
// then reads commands from stdin, one a line, and answers each with one JSON line on stdout:
//
//   verify <mode> <query> <file>   execute once, write the serialized result to <file>
//   run <mode> <query> <ms>        execute in a loop for <ms> milliseconds: {"ops","elapsedMs","cpuMs","heapMb"}
//   quit
//
// One operation = parse + validate (graphql-js's specified rules) + execute + JSON.stringify of the result,
// one at a time (the next starts when the previous has been serialized).
//
// <mode> is how the resolvers reach child objects (college, city, province, certificate, organization):
//   loader  per-request batching memo, like the gateway's Loaders: load(key) returns a promise; the keys asked for
//           while one level resolves are fetched together (one lookup function call per batch) after the current
//           tick, and each key's promise is cached for the rest of the request.
//   mixed   colleges through the batching memo (the gateway's ICollegeQueries is a database round trip), the
//           reference data (city, province, certificate, organization; in memory behind IReferenceQueries) by
//           direct lookups: what a careful graphql-js user would write against the same backend.
//   map     direct synchronous Map lookups for every child (no promises at all): graphql-js's fastest way.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSchema, execute, GraphQLError, parse, validate } from 'graphql';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node bench.mjs <folder with schema.graphql, data.json and queries.json>');
  process.exit(2);
}

const sdl = readFileSync(join(folder, 'schema.graphql'), 'utf8');
const data = JSON.parse(readFileSync(join(folder, 'data.json'), 'utf8'));
const queries = JSON.parse(readFileSync(join(folder, 'queries.json'), 'utf8'));

const byCode = (items) => new Map(items.map((item) => [item.code, item]));
const provinces = byCode(data.provinces);
const cities = byCode(data.cities);
const organizations = byCode(data.organizations);
const certificates = byCode(data.certificates);
const colleges = byCode(data.colleges);
const stations = data.stations; // ordered by college, then code, as the read model lists them

const MAX_PAGE = 1000;
const DEFAULT_PAGE = 50;

/** base64url of "Type:key", as the gateway's GlobalId.Encode. */
const globalId = (type, key) => Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
const cursor = (position) => Buffer.from(`cursor:${position}`, 'utf8').toString('base64url');

function position(value, name) {
  if (value == null) return null;
  const text = Buffer.from(value, 'base64url').toString('utf8');
  const match = /^cursor:(\d+)$/.exec(text);
  if (!match) throw new GraphQLError(`Argument '${name}' is not a cursor this list gave out.`);
  return Number(match[1]);
}

/** The window (offset, limit) of a forward or backward page, as the gateway's Paging.WindowAsync. */
function windowOf(args, total) {
  for (const name of ['first', 'last']) {
    if (args[name] != null && (args[name] < 0 || args[name] > MAX_PAGE)) {
      throw new GraphQLError(`Argument '${name}' must be between 0 and ${MAX_PAGE}.`);
    }
  }
  const after = position(args.after, 'after');
  const before = position(args.before, 'before');
  const start = after == null ? 0 : after + 1;
  if (args.last != null) {
    const end = before ?? total;
    const from = Math.max(start, end - args.last);
    return [from, Math.max(0, end - from)];
  }
  let limit = args.first ?? DEFAULT_PAGE;
  if (before != null) limit = Math.min(limit, Math.max(0, before - start));
  return [start, limit];
}

function matches(station, where) {
  return !where || ((where.provinceCode == null || station.provinceCode === where.provinceCode)
    && (where.cityCode == null || station.cityCode === where.cityCode)
    && (where.certificateCode == null || station.certificateCode === where.certificateCode)
    && (where.collegeCode == null || station.tenantId === where.collegeCode));
}

/** A per-request batching memo: loads made in one tick are answered by one call of lookupMany(keys). */
class BatchMemo {
  constructor(lookupMany) {
    this.lookupMany = lookupMany;
    this.cache = new Map();
    this.queue = null;
  }

  load(key) {
    let promise = this.cache.get(key);
    if (promise) return promise;
    if (!this.queue) {
      this.queue = [];
      // After the current tick and the promise jobs it queued, so a whole level's loads land in one batch.
      Promise.resolve().then(() => process.nextTick(() => this.dispatch()));
    }
    promise = new Promise((resolve, reject) => this.queue.push({ key, resolve, reject }));
    this.cache.set(key, promise);
    return promise;
  }

  dispatch() {
    const batch = this.queue;
    this.queue = null;
    try {
      const values = this.lookupMany(batch.map((entry) => entry.key));
      batch.forEach((entry, i) => entry.resolve(values[i]));
    } catch (error) {
      batch.forEach((entry) => entry.reject(error));
    }
  }
}

const lookupIn = (map) => (keys) => keys.map((key) => map.get(key) ?? null);

function loadersForRequest() {
  return {
    colleges: new BatchMemo(lookupIn(colleges)),
    cities: new BatchMemo(lookupIn(cities)),
    provinces: new BatchMemo(lookupIn(provinces)),
    certificates: new BatchMemo(lookupIn(certificates)),
    organizations: new BatchMemo(lookupIn(organizations)),
  };
}

// Children by key: through the request's loaders, or straight from the maps.
const child = {
  loader: (kind) => (key, context) => context.loaders[kind].load(key),
  map: (kind) => {
    const map = { colleges, cities, provinces, certificates, organizations }[kind];
    return (key) => map.get(key) ?? null;
  },
  mixed: (kind) => (kind === 'colleges' ? child.loader(kind) : child.map(kind)),
};

function resolversFor(mode) {
  const get = (kind) => child[mode](kind);
  const college = get('colleges');
  const city = get('cities');
  const province = get('provinces');
  const certificate = get('certificates');
  const organization = get('organizations');
  return {
    Query: {
      examStations: (_, args) => {
        const matching = args.where ? stations.filter((s) => matches(s, args.where)) : stations;
        const [offset, limit] = windowOf(args, matching.length);
        const items = matching.slice(offset, offset + limit);
        return {
          totalCount: matching.length,
          edges: items.map((node, i) => ({ node, cursor: cursor(offset + i) })),
          pageInfo: {
            hasPreviousPage: offset > 0,
            hasNextPage: offset + items.length < matching.length,
            startCursor: items.length > 0 ? cursor(offset) : null,
            endCursor: items.length > 0 ? cursor(offset + items.length - 1) : null,
          },
        };
      },
    },
    ExamStation: {
      id: (s) => globalId('ExamStation', `${s.tenantId}/${s.code}`),
      college: (s, _, context) => college(s.tenantId, context),
      city: (s, _, context) => city(s.cityCode, context),
      certificate: (s, _, context) => certificate(s.certificateCode, context),
    },
    College: {
      id: (c) => globalId('College', c.code),
      province: (c, _, context) => province(c.provinceCode, context),
      city: (c, _, context) => city(c.cityCode, context),
    },
    City: {
      id: (c) => globalId('City', c.code),
      province: (c, _, context) => province(c.provinceCode, context),
    },
    Province: {
      id: (p) => globalId('Province', p.code),
    },
    Certificate: {
      id: (c) => globalId('Certificate', c.code),
      evaluationOrganization: (c, _, context) => organization(c.organizationCode, context),
    },
    EvaluationOrganization: {
      id: (o) => globalId('EvaluationOrganization', o.code),
    },
  };
}

/** Resolvers per mode, attached as field resolvers by building one schema object per mode. */
const schemas = {};
for (const mode of Object.keys(child)) {
  const modeSchema = buildSchema(sdl);
  for (const [typeName, fields] of Object.entries(resolversFor(mode))) {
    const type = modeSchema.getType(typeName);
    if (!type) throw new Error(`The schema has no type ${typeName}.`);
    const defined = type.getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      if (!defined[fieldName]) throw new Error(`The schema has no field ${typeName}.${fieldName}.`);
      defined[fieldName].resolve = resolve;
    }
  }
  schemas[mode] = modeSchema;
}

/** One operation: parse, validate, execute, serialize. Returns the JSON text. */
async function operation(mode, queryText) {
  const document = parse(queryText);
  const errors = validate(schemas[mode], document);
  if (errors.length > 0) return JSON.stringify({ errors });
  const result = execute({
    schema: schemas[mode],
    document,
    contextValue: mode === 'map' ? {} : { loaders: loadersForRequest() },
  });
  return JSON.stringify(typeof result.then === 'function' ? await result : result);
}

function queryOf(name) {
  const text = queries[name];
  if (typeof text !== 'string') throw new Error(`No query named ${name}.`);
  return text;
}

async function handle(line) {
  const [command, mode, name, argument] = line.trim().split(/\s+/);
  if (command === 'quit') process.exit(0);
  if (!schemas[mode]) throw new Error(`Unknown mode ${mode}.`);
  const text = queryOf(name);
  if (command === 'verify') {
    const json = await operation(mode, text);
    writeFileSync(argument, json, 'utf8');
    const parsed = JSON.parse(json);
    return { bytes: Buffer.byteLength(json, 'utf8'), errors: parsed.errors ?? null };
  }
  if (command === 'run') {
    const budget = Number(argument);
    const cpuBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    const deadline = started + BigInt(Math.round(budget * 1e6));
    let ops = 0;
    let bytes = 0;
    while (process.hrtime.bigint() < deadline) {
      bytes += (await operation(mode, text)).length;
      ops++;
    }
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    const cpu = process.cpuUsage(cpuBefore);
    return { ops, elapsedMs, cpuMs: (cpu.user + cpu.system) / 1000, chars: bytes, heapMb: process.memoryUsage().heapUsed / 1048576 };
  }
  throw new Error(`Unknown command ${command}.`);
}

const input = createInterface({ input: process.stdin });
let chain = Promise.resolve();
input.on('line', (line) => {
  chain = chain
    .then(() => handle(line))
    .then((answer) => process.stdout.write(`${JSON.stringify({ ok: true, ...answer })}\n`))
    .catch((error) => process.stdout.write(`${JSON.stringify({ ok: false, error: String(error?.stack ?? error) })}\n`));
});
input.on('close', () => chain.then(() => process.exit(0)));
process.stdout.write(`${JSON.stringify({ ok: true, ready: true, node: process.version, graphql: (await import('graphql')).version })}\n`);
