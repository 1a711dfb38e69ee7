// viem v2 as a dapp or wallet uses it: fees, gas limits and nonces are the
// library's defaults, read from the node.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  createPublicClient, createWalletClient, defineChain, http, webSocket, parseEther, parseUnits,
  parseAbi, parseEventLogs, BaseError, NonceTooLowError, InsufficientFundsError, ChainMismatchError, keccak256,
} from 'viem';
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts';
import { mainnet } from 'viem/chains';
import { env, erc20Abi } from './env.js';

const viaduct = defineChain({
  id: Number(env.chainId),
  name: 'Viaduct dev',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [env.l2Http], webSocket: [env.l2Ws] } },
});
const abi = parseAbi(erc20Abi);
const account = privateKeyToAccount(env.keys[1]);
const pub = createPublicClient({ chain: viaduct, transport: http() });
const wallet = createWalletClient({ account, chain: viaduct, transport: http() });
const fresh = () => privateKeyToAccount(generatePrivateKey()).address;

// errorOf finds an error of class C in a viem error's cause chain.
function errorOf(e, C) {
  return e instanceof BaseError ? e.walk((x) => x instanceof C) : null;
}

test('viem: chain id and balances', async () => {
  assert.equal(await pub.getChainId(), Number(env.chainId));
  assert.equal(await wallet.getChainId(), Number(env.chainId));
  assert.ok((await pub.getBalance({ address: account.address })) > 0n);
  assert.equal(await pub.getBalance({ address: fresh() }), 0n);
});

test('viem: ETH transfer with default fees and gas', async () => {
  const to = fresh();
  const fees = await pub.estimateFeesPerGas();
  assert.ok(fees.maxFeePerGas > 0n && fees.maxPriorityFeePerGas > 0n);
  const gas = await pub.estimateGas({ account: account.address, to, value: 1n });
  assert.ok(gas > 0n);
  const hash = await wallet.sendTransaction({ to, value: parseEther('0.02') });
  const r = await pub.waitForTransactionReceipt({ hash });
  assert.equal(r.status, 'success');
  assert.equal(r.from.toLowerCase(), account.address.toLowerCase());
  assert.equal(await pub.getBalance({ address: to }), parseEther('0.02'));
  const tx = await pub.getTransaction({ hash });
  assert.equal(tx.blockNumber, r.blockNumber);
  assert.equal(tx.type, 'eip1559');
  // The receipt may be pre-confirmed (its block not sealed yet: 0
  // confirmations); reading its block has it sealed.
  await pub.getBlock({ blockNumber: r.blockNumber });
  assert.equal(await pub.getTransactionConfirmations({ hash }) >= 1n, true);
});

test('viem: waitForTransactionReceipt takes the pre-confirmed receipt; the sealed one matches', async () => {
  const head = await pub.getBlockNumber({ cacheTime: 0 });
  const hash = await wallet.sendTransaction({ to: fresh(), value: 1n });
  // The node answered eth_sendRawTransaction once the transfer was
  // pre-confirmed: its receipt is there at once.
  const early = await pub.getTransactionReceipt({ hash });
  const r = await pub.waitForTransactionReceipt({ hash });
  assert.equal(r.status, 'success');
  assert.ok(r.blockNumber > head, `receipt block ${r.blockNumber} after head ${head}`);
  assert.equal(early.blockNumber, r.blockNumber);
  assert.equal(early.transactionIndex, r.transactionIndex);
  const zero = '0x' + '00'.repeat(32);
  const b = await pub.getBlock({ blockNumber: r.blockNumber });
  assert.ok(b.transactions.includes(hash));
  assert.ok(early.blockHash === zero || early.blockHash === b.hash, `pre-confirmed blockHash ${early.blockHash}`);
  const sealed = await pub.getTransactionReceipt({ hash });
  assert.equal(sealed.blockHash, b.hash);
  assert.equal(sealed.blockNumber, r.blockNumber);
  assert.equal(sealed.transactionIndex, r.transactionIndex);
  assert.equal(sealed.gasUsed, r.gasUsed);
  assert.equal(sealed.effectiveGasPrice, r.effectiveGasPrice);
  assert.ok(await pub.getTransactionConfirmations({ hash }) >= 1n);
});

test('viem: sendTransactionSync and sendRawTransactionSync (EIP-7966)', async () => {
  const r = await wallet.sendTransactionSync({ to: fresh(), value: 3n });
  assert.equal(r.status, 'success');
  assert.equal(r.from.toLowerCase(), account.address.toLowerCase());
  const req = await wallet.prepareTransactionRequest({ to: fresh(), value: 4n });
  const raw = await account.signTransaction(req);
  const r2 = await pub.sendRawTransactionSync({ serializedTransaction: raw, timeout: 1500 });
  assert.equal(r2.status, 'success');
  assert.equal(r2.transactionHash, keccak256(raw));
  assert.equal((await pub.getTransactionReceipt({ hash: r2.transactionHash })).blockNumber, r2.blockNumber);
});

test('viem: ERC-20 transfer, Transfer log and balanceOf', async () => {
  const to = fresh();
  const decimals = await pub.readContract({ address: env.token, abi, functionName: 'decimals' });
  const amount = parseUnits('2', decimals);
  const before = await pub.readContract({ address: env.token, abi, functionName: 'balanceOf', args: [account.address] });
  assert.ok(before >= amount, `the funded key holds the token (${before})`);
  const hash = await wallet.writeContract({ address: env.token, abi, functionName: 'transfer', args: [to, amount] });
  const r = await pub.waitForTransactionReceipt({ hash });
  assert.equal(r.status, 'success');
  const [log, ...rest] = parseEventLogs({ abi, logs: r.logs, eventName: 'Transfer' });
  assert.equal(rest.length, 0);
  assert.equal(log.args.from.toLowerCase(), account.address.toLowerCase());
  assert.equal(log.args.to.toLowerCase(), to.toLowerCase());
  assert.equal(log.args.value, amount);
  assert.equal(await pub.readContract({ address: env.token, abi, functionName: 'balanceOf', args: [to] }), amount);
  // The same log through eth_getLogs with a topic filter.
  const logs = await pub.getContractEvents({
    address: env.token, abi, eventName: 'Transfer', args: { to }, fromBlock: r.blockNumber, toBlock: r.blockNumber,
  });
  assert.equal(logs.length, 1);
  assert.equal(logs[0].transactionHash, hash);
});

test('viem: block tags', async () => {
  const latest = await pub.getBlock({ blockTag: 'latest' });
  assert.ok(latest.number >= 1n && latest.baseFeePerGas > 0n);
  assert.equal((await pub.getBlock({ blockTag: 'earliest' })).number, 0n);
  for (const blockTag of ['safe', 'finalized', 'pending']) {
    const b = await pub.getBlock({ blockTag });
    assert.ok(b.number <= latest.number + 1n, `${blockTag} ${b.number} after latest ${latest.number}`);
  }
  assert.equal((await pub.getBlock({ blockHash: latest.hash })).number, latest.number);
  assert.equal(await pub.getBlockNumber({ cacheTime: 0 }) >= latest.number, true);
});

test('viem: newHeads over WebSocket', async () => {
  const ws = createPublicClient({ chain: viaduct, transport: webSocket() });
  try {
    const start = await ws.getBlockNumber();
    let unwatch;
    const seen = new Promise((resolve, reject) => {
      unwatch = ws.watchBlocks({
        onBlock: (b) => { if (b.number > start) resolve(b); },
        onError: reject,
      });
    });
    const hash = await wallet.sendTransaction({ to: fresh(), value: 1n });
    const r = await pub.waitForTransactionReceipt({ hash });
    const b = await seen;
    unwatch();
    assert.ok(b.number > start && b.number <= r.blockNumber);
    assert.ok(b.hash && b.parentHash);
  } finally {
    await (await ws.transport.getRpcClient()).close();
  }
});

test('viem: wallet-facing errors', async () => {
  const to = fresh();
  const used = (await pub.getTransactionCount({ address: account.address })) - 1;
  assert.ok(used >= 0);
  await assert.rejects(wallet.sendTransaction({ to, value: 1n, nonce: used }), (e) => {
    assert.ok(errorOf(e, NonceTooLowError), e.message);
    return true;
  });
  const poor = createWalletClient({ account: privateKeyToAccount(generatePrivateKey()), chain: viaduct, transport: http() });
  await assert.rejects(poor.sendTransaction({ to, value: parseEther('1') }), (e) => {
    assert.ok(errorOf(e, InsufficientFundsError), e.message);
    return true;
  });
  // A wallet set to another chain: viem either notices the node's chain id
  // (ChainMismatchError) or, with a local account, signs for mainnet and the
  // node refuses the transaction ("invalid chain id for signer").
  await assert.rejects(wallet.sendTransaction({ to, value: 1n, chain: mainnet }), (e) => {
    assert.ok(errorOf(e, ChainMismatchError) || /invalid chain id/.test(e.details), e.message);
    return true;
  });
  // Signed for mainnet and sent raw: the node refuses it.
  const req = await wallet.prepareTransactionRequest({ to, value: 1n });
  const raw = await account.signTransaction({ ...req, chainId: 1 });
  await assert.rejects(pub.sendRawTransaction({ serializedTransaction: raw }), (e) => {
    assert.match(e.details ?? e.message, /invalid chain id/);
    return true;
  });
});
