#!/usr/bin/env node
// compile.js compiles Viaduct's Solidity with the pinned solc-js (package.json)
// and writes deterministic artifacts for abigen:
//
//   src/*.sol   -> artifacts/<Name>.abi, artifacts/<Name>.bin
//   test/*.sol  -> artifacts/test/<Name>.abi, artifacts/test/<Name>.bin
//
// Only deployable contracts get artifacts: interfaces, libraries and abstract
// contracts are compiled (they are imported) but not written out, except the
// interfaces a group names in abiOnly, whose ABI alone is written. Stale
// artifacts are removed, so a deleted contract disappears from artifacts/.
// The output depends only on the sources, the lockfile and the settings below;
// `make contracts-check` relies on that.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const ROOT = __dirname;

// Compiler settings shared by every contract. The simulated chain of
// go-ethereum v1.17 and Ethereum mainnet both run Prague or later, so PUSH0,
// MCOPY and transient storage are available.
const SETTINGS = {
  evmVersion: 'prague',
  optimizer: { enabled: true, runs: 200 },
  viaIR: false,
  outputSelection: {
    '*': {
      '': ['ast'],
      '*': ['abi', 'evm.bytecode.object', 'evm.bytecode.linkReferences'],
    },
  },
};

// Each group is compiled separately so that test-only code can never leak
// into the production artifacts. abiOnly names interfaces whose ABI alone
// is written (<Name>.abi, no .bin): the Go code calls contracts it does not
// deploy through them (a token's approve, decimals, balanceOf, transfer).
const GROUPS = [
  {
    dir: 'src',
    out: 'artifacts',
    abiOnly: {
      IERC20Metadata: '@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol',
      // The custom errors of OpenZeppelin's ERC-20s (ERC20InsufficientBalance, ...),
      // so that a token's revert is decoded from its ABI, not from guessed selectors.
      IERC20Errors: '@openzeppelin/contracts/interfaces/draft-IERC6093.sol',
    },
  },
  { dir: 'test', out: path.join('artifacts', 'test') },
];

function solFiles(dir) {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs).filter((f) => f.endsWith('.sol')).sort();
}

// findImport resolves an import path: first relative to the contracts
// directory (src/, test/), then from node_modules (@openzeppelin/...).
function findImport(importPath) {
  const candidates = [path.join(ROOT, importPath), path.join(ROOT, 'node_modules', importPath)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: `import not found: ${importPath}` };
}

function compileGroup(group) {
  const files = solFiles(group.dir);
  const outDir = path.join(ROOT, group.out);
  fs.mkdirSync(outDir, { recursive: true });
  // Remove stale artifacts of this group (not subdirectories).
  for (const f of fs.readdirSync(outDir)) {
    if (f.endsWith('.abi') || f.endsWith('.bin')) fs.unlinkSync(path.join(outDir, f));
  }
  if (files.length === 0) return [];

  const sources = {};
  for (const f of files) {
    const key = `${group.dir}/${f}`;
    sources[key] = { content: fs.readFileSync(path.join(ROOT, key), 'utf8') };
  }
  const abiOnly = group.abiOnly || {};
  for (const file of Object.values(abiOnly)) {
    const found = findImport(file);
    if (found.error) throw new Error(found.error);
    sources[file] = { content: found.contents };
  }
  const input = { language: 'Solidity', sources, settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));

  let failed = false;
  for (const e of output.errors || []) {
    // Warnings are shown; errors stop the build.
    process.stderr.write(`${e.formattedMessage || e.message}\n`);
    if (e.severity === 'error') failed = true;
  }
  if (failed) throw new Error(`compilation of ${group.dir}/ failed`);

  const written = [];
  const seen = new Map();
  for (const [name, file] of Object.entries(abiOnly)) {
    const c = output.contracts[file] && output.contracts[file][name];
    if (!c) throw new Error(`${name} is not defined in ${file}`);
    fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi, null, 2) + '\n');
    seen.set(name, file);
    written.push(path.join(group.out, name));
  }
  for (const key of Object.keys(sources)) {
    const ast = output.sources[key] && output.sources[key].ast;
    if (!ast) throw new Error(`no AST for ${key}`);
    for (const node of ast.nodes) {
      if (node.nodeType !== 'ContractDefinition') continue;
      if (node.contractKind !== 'contract' || node.abstract) continue;
      const name = node.name;
      if (seen.has(name)) {
        throw new Error(`contract ${name} is defined in both ${seen.get(name)} and ${key}`);
      }
      seen.set(name, key);
      const c = output.contracts[key][name];
      if (Object.keys(c.evm.bytecode.linkReferences || {}).length > 0) {
        throw new Error(`${name} needs library linking, which the toolchain does not support`);
      }
      fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi, null, 2) + '\n');
      // No trailing newline: abigen embeds the file verbatim after "0x".
      fs.writeFileSync(path.join(outDir, `${name}.bin`), c.evm.bytecode.object);
      written.push(path.join(group.out, name));
    }
  }
  return written;
}

function main() {
  process.stderr.write(`solc ${solc.version()}\n`);
  for (const group of GROUPS) {
    for (const w of compileGroup(group)) process.stdout.write(`${w}\n`);
  }
}

try {
  main();
} catch (err) {
  process.stderr.write(`compile.js: ${err.message}\n`);
  process.exit(1);
}
