// Package channelstest holds the tests of contracts/src/Channels.sol on the
// simulated chain: every path of the dispute game, the dishonest ones first,
// the agreement of the Go EIP-712 hashing (package channel) with the
// contract's, and the gas report in docs/channels-gas.md. It lives under
// contracts/ because it uses contracts/internal/simtest.
package channelstest
