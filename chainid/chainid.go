// Package chainid keeps a Viaduct L2 off the chain ids of other chains.
//
// # Model
//
// An L2 transaction is an ordinary Ethereum transaction signed for the L2's
// chain id (EIP-155). Signed for an id that another chain also uses, the
// same bytes are a valid transaction there too: anyone who sees it on the
// L2 can replay it on that chain, moving the signer's funds there. So an
// L2's chain id must be its own: never its L1's, and never one of the
// public chains' whose ids every wallet knows.
//
// # Guarantees
//
// CheckL2 refuses the L1's chain id and every id in Public (Ethereum
// mainnet and its testnets, the major L2s and EVM chains), naming the chain.
// The list is of well-known chains, not of every registered one: pick an
// id that no registry (chainlist.org, ethereum-lists/chains) lists.
package chainid

import (
	"errors"
	"fmt"
)

// Chain is a public chain and its EIP-155 chain id.
type Chain struct {
	ID   uint64
	Name string
}

// Public is the list of well-known public EVM chains that an L2 must not
// share a chain id with. Retired Ethereum testnets are kept: wallets and
// tools still know their ids.
var Public = []Chain{
	// Ethereum and its testnets.
	{1, "Ethereum mainnet"},
	{11155111, "Sepolia"},
	{17000, "Holesky"},
	{560048, "Hoodi"},
	{5, "Goerli (retired)"},
	{3, "Ropsten (retired)"},
	{4, "Rinkeby (retired)"},
	{42, "Kovan (retired)"},
	{61, "Ethereum Classic"},

	// Layer 2s on Ethereum and their testnets.
	{10, "OP Mainnet"},
	{11155420, "OP Sepolia"},
	{8453, "Base"},
	{84532, "Base Sepolia"},
	{42161, "Arbitrum One"},
	{42170, "Arbitrum Nova"},
	{421614, "Arbitrum Sepolia"},
	{324, "zkSync Era"},
	{300, "zkSync Sepolia"},
	{59144, "Linea"},
	{59141, "Linea Sepolia"},
	{534352, "Scroll"},
	{534351, "Scroll Sepolia"},
	{1101, "Polygon zkEVM"},
	{81457, "Blast"},
	{34443, "Mode"},
	{7777777, "Zora"},
	{5000, "Mantle"},
	{130, "Unichain"},
	{480, "World Chain"},
	{57073, "Ink"},
	{1868, "Soneium"},
	{2741, "Abstract"},
	{167000, "Taiko"},
	{252, "Fraxtal"},
	{169, "Manta Pacific"},
	{1088, "Metis Andromeda"},
	{204, "opBNB"},

	// Other EVM chains.
	{137, "Polygon PoS"},
	{80002, "Polygon Amoy"},
	{56, "BNB Smart Chain"},
	{97, "BNB Smart Chain testnet"},
	{100, "Gnosis"},
	{10200, "Gnosis Chiado"},
	{43114, "Avalanche C-Chain"},
	{43113, "Avalanche Fuji"},
	{250, "Fantom Opera"},
	{146, "Sonic"},
	{42220, "Celo"},
	{25, "Cronos"},
	{1284, "Moonbeam"},
	{1285, "Moonriver"},
	{80094, "Berachain"},
	{1313161554, "Aurora"},
}

// Lookup returns the public chain with chain id id, if it is in Public.
func Lookup(id uint64) (Chain, bool) {
	for _, c := range Public {
		if c.ID == id {
			return c, true
		}
	}
	return Chain{}, false
}

var (
	// ErrSameAsL1: the L2 chain id is the L1's.
	ErrSameAsL1 = errors.New("the L2 chain id is the L1's chain id")
	// ErrPublicChain: the L2 chain id is a well-known public chain's.
	ErrPublicChain = errors.New("the L2 chain id is a public chain's")
)

// CheckL2 refuses an L2 chain id l2 under which the L2's signed
// transactions would be valid on another chain too: the L1's (l1) or one
// in Public. The error names the chain.
func CheckL2(l2, l1 uint64) error {
	if l2 == l1 {
		return fmt.Errorf("%w: L2 chain id %d is also the L1's, so a transaction signed for the L2 would be valid on the L1; pick an id of the L2's own", ErrSameAsL1, l2)
	}
	if c, ok := Lookup(l2); ok {
		return fmt.Errorf("%w: L2 chain id %d is %s's, so a transaction signed for the L2 would be valid on %s; pick an id no chain registry lists", ErrPublicChain, l2, c.Name, c.Name)
	}
	return nil
}
