// ethers v6 as a wallet uses it: every fee, gas limit and nonce below is
// the library's default, read from the node.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { ethers } from 'ethers';
import { env, erc20Abi } from './env.js';

// ethers answers a request identical to one made in the last 250 ms from
// its own cache (cacheTimeout); Viaduct confirms faster than that, so with
// the cache a transfer sent right after another's receipt reused the first
// one's pending nonce ("nonce too low"). docs/wallets.md tells users the same.
const provider = new ethers.JsonRpcProvider(env.l2Http, undefined, { cacheTimeout: -1 });
const wallet = new ethers.Wallet(env.keys[0], provider);
after(() => provider.destroy());

test('ethers: chain id and balances', async () => {
  const net = await provider.getNetwork();
  assert.equal(net.chainId, env.chainId);
  assert.ok((await provider.getBalance(wallet.address)) > 0n, 'the funded key holds ETH');
  assert.equal(await provider.getBalance(ethers.Wallet.createRandom().address), 0n);
  assert.equal(await provider.getTransactionCount(wallet.address, 'latest'), await provider.getTransactionCount(wallet.address, 'pending'));
});

test('ethers: ETH transfer with default fees and gas', async () => {
  const to = ethers.Wallet.createRandom().address;
  const value = ethers.parseEther('0.01');
  const fee = await provider.getFeeData();
  assert.ok(fee.maxFeePerGas > 0n && fee.maxPriorityFeePerGas > 0n && fee.gasPrice > 0n, 'EIP-1559 fee data');
  const tx = await wallet.sendTransaction({ to, value });
  assert.equal(tx.type, 2);
  const r = await tx.wait();
  assert.equal(r.status, 1);
  assert.equal(r.hash, tx.hash);
  assert.equal(r.from, wallet.address);
  assert.ok(r.gasUsed > 0n && r.gasUsed <= tx.gasLimit);
  assert.equal(await provider.getBalance(to), value);
  const mined = await provider.getTransaction(tx.hash);
  assert.equal(mined.blockNumber, r.blockNumber);
  const block = await provider.getBlock(r.blockNumber);
  assert.ok(block.transactions.includes(tx.hash));
});

test('ethers: wait() takes the pre-confirmed receipt; the sealed one matches', async () => {
  const tx = await wallet.sendTransaction({ to: ethers.Wallet.createRandom().address, value: 1n });
  const r = await tx.wait();
  assert.equal(r.status, 1);
  const block = await provider.getBlock(r.blockNumber);
  assert.ok(block.transactions.includes(tx.hash));
  assert.ok(r.blockHash === ethers.ZeroHash || r.blockHash === block.hash, `pre-confirmed blockHash ${r.blockHash}`);
  const sealed = await provider.getTransactionReceipt(tx.hash);
  assert.equal(sealed.blockHash, block.hash);
  assert.equal(sealed.blockNumber, r.blockNumber);
  assert.equal(sealed.index, r.index);
  assert.equal(sealed.gasUsed, r.gasUsed);
  assert.ok((await sealed.confirmations()) >= 1);
});

test('ethers: eth_sendRawTransactionSync (EIP-7966) through the provider', async () => {
  // ethers 6.17 has no call of its own for it: the provider sends it.
  const req = await wallet.populateTransaction({ to: ethers.Wallet.createRandom().address, value: 2n });
  const raw = await wallet.signTransaction(req);
  const r = await provider.send('eth_sendRawTransactionSync', [raw, 1500]);
  assert.equal(r.status, '0x1');
  assert.equal(r.transactionHash, ethers.keccak256(raw));
  // A nonce far past the account's (no later test of this file reaches
  // it): admitted behind the gap, EIP-7966's code 5.
  const gapped = await wallet.signTransaction({ ...req, nonce: req.nonce + 60 });
  await assert.rejects(provider.send('eth_sendRawTransactionSync', [gapped]), (e) => {
    assert.equal(e.error?.code, 5, e.message);
    assert.equal(e.error?.data, ethers.keccak256(gapped));
    return true;
  });
});

test('ethers: ERC-20 transfer, Transfer log and balanceOf', async () => {
  const token = new ethers.Contract(env.token, erc20Abi, wallet);
  const to = ethers.Wallet.createRandom().address;
  const decimals = await token.decimals();
  const amount = ethers.parseUnits('1.5', decimals);
  const before = await token.balanceOf(wallet.address);
  assert.ok(before >= amount, `the funded key holds the token (${before})`);
  const tx = await token.transfer(to, amount);
  const r = await tx.wait();
  assert.equal(r.status, 1);
  const logs = r.logs.map((l) => token.interface.parseLog(l)).filter((l) => l?.name === 'Transfer');
  assert.equal(logs.length, 1);
  assert.equal(logs[0].args.from, wallet.address);
  assert.equal(logs[0].args.to, to);
  assert.equal(logs[0].args.value, amount);
  assert.equal(await token.balanceOf(to), amount);
  assert.equal(await token.balanceOf(wallet.address), before - amount);
  // The same log through eth_getLogs with a topic filter.
  const found = await token.queryFilter(token.filters.Transfer(wallet.address, to), r.blockNumber, r.blockNumber);
  assert.equal(found.length, 1);
  assert.equal(found[0].transactionHash, tx.hash);
});

test('ethers: block tags', async () => {
  const latest = await provider.getBlock('latest');
  assert.ok(latest.number >= 1);
  assert.ok(latest.baseFeePerGas > 0n);
  const earliest = await provider.getBlock('earliest');
  assert.equal(earliest.number, 0);
  for (const tag of ['safe', 'finalized', 'pending']) {
    const b = await provider.getBlock(tag);
    assert.ok(b !== null, `block ${tag}`);
    assert.ok(b.number <= latest.number + 1, `${tag} ${b.number} after latest ${latest.number}`);
  }
  const byHash = await provider.getBlock(latest.hash);
  assert.equal(byHash.number, latest.number);
});

test('ethers: newHeads over WebSocket', async () => {
  const ws = new ethers.WebSocketProvider(env.l2Ws);
  try {
    assert.equal((await ws.getNetwork()).chainId, env.chainId);
    const start = await ws.getBlockNumber();
    const seen = new Promise((resolve) => {
      ws.on('block', (n) => {
        if (n > start) resolve(n);
      });
    });
    // A transaction makes a block (the sequencer makes no empty ones).
    const tx = await wallet.sendTransaction({ to: ethers.Wallet.createRandom().address, value: 1n });
    const r = await tx.wait();
    const n = await seen;
    assert.ok(n > start && n <= r.blockNumber);
  } finally {
    await ws.destroy();
  }
});

test('ethers: wallet-facing errors', async () => {
  const to = ethers.Wallet.createRandom().address;
  // Nonce too low: a nonce the account has used.
  const used = (await provider.getTransactionCount(wallet.address, 'latest')) - 1;
  assert.ok(used >= 0);
  await assert.rejects(wallet.sendTransaction({ to, value: 1n, nonce: used }), (e) => {
    assert.equal(e.code, 'NONCE_EXPIRED', e.message);
    assert.match(e.message, /nonce too low/);
    return true;
  });
  // Insufficient funds: a new account sends what it does not have.
  const empty = ethers.Wallet.createRandom().connect(provider);
  await assert.rejects(empty.sendTransaction({ to, value: ethers.parseEther('1') }), (e) => {
    assert.equal(e.code, 'INSUFFICIENT_FUNDS', e.message);
    assert.match(e.message, /insufficient funds/);
    return true;
  });
  // Wrong chain id: ethers refuses to send a transaction signed for
  // another chain, and the node refuses it when it is broadcast raw.
  await assert.rejects(wallet.sendTransaction({ to, value: 1n, chainId: 1n }), /chainId/);
  const pop = await wallet.populateTransaction({ to, value: 1n });
  const raw = await wallet.signTransaction({ ...pop, chainId: 1n });
  await assert.rejects(provider.broadcastTransaction(raw), (e) => {
    assert.match(e.message, /invalid chain id/);
    return true;
  });
});
