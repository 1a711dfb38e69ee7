// web3.js v4 as a dapp that polls uses it: filters installed with
// eth_newFilter, eth_newBlockFilter and eth_newPendingTransactionFilter and
// read with eth_getFilterChanges over HTTP, contract events, the block and
// transaction lookups, and the state reads at past blocks. Fees, gas and
// nonces are the library's defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Web3 } from 'web3';
import { env } from './env.js';

const web3 = new Web3(env.l2Http);
const account = web3.eth.accounts.privateKeyToAccount(env.keys[2]);
web3.eth.accounts.wallet.add(account);
const fresh = () => web3.eth.accounts.create().address;

const erc20 = [
  { type: 'function', name: 'balanceOf', stateMutability: 'view', inputs: [{ name: 'a', type: 'address' }], outputs: [{ name: '', type: 'uint256' }] },
  { type: 'function', name: 'allowance', stateMutability: 'view', inputs: [{ name: 'o', type: 'address' }, { name: 's', type: 'address' }], outputs: [{ name: '', type: 'uint256' }] },
  { type: 'function', name: 'transfer', stateMutability: 'nonpayable', inputs: [{ name: 'to', type: 'address' }, { name: 'value', type: 'uint256' }], outputs: [{ name: '', type: 'bool' }] },
  {
    type: 'event', name: 'Transfer', anonymous: false,
    inputs: [{ name: 'from', type: 'address', indexed: true }, { name: 'to', type: 'address', indexed: true }, { name: 'value', type: 'uint256', indexed: false }],
  },
];
const token = new web3.eth.Contract(erc20, env.token);
const transferTopic = web3.utils.keccak256('Transfer(address,address,uint256)');

// sealed is a transaction's receipt once its block is sealed: a receipt
// read right after the send is the pre-confirmed one, whose blockHash is
// zero until then (docs/node.md, "Pre-confirmation"); reading the block by
// number has it sealed.
async function sealed(r) {
  await web3.eth.getBlock(r.blockNumber);
  return web3.eth.getTransactionReceipt(r.transactionHash);
}

// changesUntil polls a filter until want says what it gathered is
// complete (the node's filters learn of blocks in the background).
async function changesUntil(id, want) {
  const got = [];
  for (let i = 0; i < 500; i++) {
    got.push(...(await web3.eth.getFilterChanges(id)));
    if (want(got)) return got;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.fail(`filter ${id} gathered ${JSON.stringify(got, (_, v) => (typeof v === 'bigint' ? v.toString() : v))}`);
}

test('web3.js: filters report new blocks, pending transactions and logs', async () => {
  const blocks = await web3.eth.createNewBlockFilter();
  const pending = await web3.eth.createNewPendingTransactionFilter();
  const logs = await web3.eth.createNewFilter({ address: env.token, topics: [transferTopic] });
  const mine = await web3.eth.createNewFilter({ fromBlock: 'earliest', address: env.token, topics: [transferTopic, web3.utils.padLeft(account.address.toLowerCase(), 64)] });

  const to = fresh();
  const ethR = await sealed(await web3.eth.sendTransaction({ from: account.address, to, value: web3.utils.toWei('0.01', 'ether') }));
  assert.equal(ethR.status, 1n);
  const tokR = await sealed(await token.methods.transfer(to, 1234n).send({ from: account.address }));
  assert.equal(tokR.status, 1n);

  const hashes = await changesUntil(pending, (g) => g.length >= 2);
  assert.deepEqual(hashes.slice(0, 2), [ethR.transactionHash, tokR.transactionHash]);
  const heads = await changesUntil(blocks, (g) => g.includes(tokR.blockHash));
  assert.ok(heads.includes(ethR.blockHash), 'the block filter names both blocks');
  const [log] = await changesUntil(logs, (g) => g.length >= 1);
  assert.equal(log.transactionHash, tokR.transactionHash);
  assert.equal(log.blockHash, tokR.blockHash);
  assert.equal(log.removed, false);
  // web3.js drops the fields its log format lacks: blockTimestamp is read
  // from the node's own answer.
  const block = await web3.eth.getBlock(tokR.blockNumber);
  const [rawLog] = await web3.requestManager.send({ method: 'eth_getLogs', params: [{ blockHash: tokR.blockHash, address: env.token }] });
  assert.equal(BigInt(rawLog.blockTimestamp), block.timestamp, 'the log carries its block\'s time');
  assert.equal(web3.utils.toBigInt(log.data), 1234n);
  // Polled again: nothing new.
  assert.deepEqual(await web3.eth.getFilterChanges(logs), []);
  // eth_getFilterLogs: this account's transfers since block 0.
  const past = await web3.eth.getFilterLogs(mine);
  assert.ok(past.some((l) => l.transactionHash === tokR.transactionHash));
  for (const id of [blocks, pending, logs, mine]) {
    assert.equal(await web3.eth.uninstallFilter(id), true);
  }
  assert.equal(await web3.eth.uninstallFilter(logs), false);
  await assert.rejects(web3.eth.getFilterChanges(logs), /filter not found/);
});

test('web3.js: contract events, reads and past state', async () => {
  const to = fresh();
  const before = await web3.eth.getBalance(account.address);
  const r = await sealed(await token.methods.transfer(to, 77n).send({ from: account.address }));
  const events = await token.getPastEvents('Transfer', { fromBlock: r.blockNumber, toBlock: r.blockNumber, filter: { to } });
  assert.equal(events.length, 1);
  assert.equal(events[0].returnValues.value, 77n);
  assert.equal(events[0].transactionHash, r.transactionHash);
  assert.equal(await token.methods.balanceOf(to).call(), 77n);
  assert.equal(await token.methods.allowance(account.address, to).call(), 0n);

  assert.equal(await web3.eth.getBlockTransactionCount(r.blockNumber) >= 1n, true);
  assert.equal(await web3.eth.getBlockUncleCount(r.blockHash), 0n);
  const tx = await web3.eth.getTransactionFromBlock(r.blockHash, r.transactionIndex);
  assert.equal(tx.hash, r.transactionHash);
  const byHash = await web3.eth.getTransaction(r.transactionHash);
  assert.equal(byHash.blockNumber, r.blockNumber);
  assert.equal(await web3.eth.getStorageAt(env.token, 0), '0x' + '0'.repeat(64));
  const list = await web3.eth.createAccessList({ from: account.address, to, value: 1n });
  assert.deepEqual(list.accessList, []);
  assert.equal(BigInt(list.gasUsed), 21000n);
  await assert.rejects(web3.eth.getProof(account.address, [], 'latest'), /viaduct_getProof/);

  // The balance before this transfer, at the block before it.
  assert.equal(await web3.eth.getBalance(account.address, r.blockNumber - 1n), before);
  assert.ok((await web3.eth.getBalance(account.address, r.blockNumber)) < before, 'the transfer paid its fee');
  assert.equal(await token.methods.balanceOf(to).call({}, r.blockNumber - 1n), 0n);
});
