// The endpoints and accounts of the Viaduct network under test, from the
// environment that e2e/js_test.go sets after starting `viaduct dev` (and
// after bridging an ERC-20 to L2 for the first two dev accounts).
import assert from 'node:assert/strict';

function need(name) {
  const v = process.env[name];
  assert.ok(v, `${name} is not set: run these tests through e2e/js_test.go (go test -run TestJSClients ./e2e), or export it`);
  return v;
}

export const env = {
  l2Http: need('E2E_L2_HTTP'),
  l2Ws: need('E2E_L2_WS'),
  chainId: BigInt(need('E2E_L2_CHAIN_ID')),
  token: need('E2E_TOKEN'),
  // Hex private keys (0x-prefixed) holding ETH and E2E_TOKEN on L2; the
  // ethers tests use the first, the viem tests the second, the web3.js
  // tests the third, so that their nonces never race.
  keys: need('E2E_KEYS').split(','),
};

export const erc20Abi = [
  'function balanceOf(address) view returns (uint256)',
  'function decimals() view returns (uint8)',
  'function symbol() view returns (string)',
  'function transfer(address to, uint256 amount) returns (bool)',
  'event Transfer(address indexed from, address indexed to, uint256 value)',
];
