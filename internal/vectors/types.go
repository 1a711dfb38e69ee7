// Package vectors generates and replays Viaduct's shared test vectors: JSON
// files under testdata/vectors that pin down, byte for byte, the encodings,
// the state tree's proofs and the state transition of docs/spec.md. The Go
// code produces them; the Solidity contracts' tests replay the same files, so
// the two implementations cannot drift apart unnoticed.
//
// Every value is deterministic: keys are derived from fixed seeds and
// go-ethereum signs with RFC 6979 nonces, so regenerating the files gives the
// same bytes, and a test fails when the committed files and the code differ.
package vectors

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// SpecID names the spec version the vectors are for.
const SpecID = "viaduct/1"

// Amounts are decimal strings: JSON numbers lose precision past 2^53 in most
// readers, and 256-bit amounts are the point of several vectors.

// Encodings is encodings.json.
type Encodings struct {
	Spec            string            `json:"spec"`
	ChainID         uint64            `json:"chainId"`
	BaseFee         string            `json:"baseFee"`
	Txs             []TxVector        `json:"txs"`
	TxData          []TxDataVector    `json:"txData"`
	Headers         []HeaderVector    `json:"headers"`
	QueueItems      []QueueVector     `json:"queueItems"`
	Withdrawals     []WithdrawalLeaf  `json:"withdrawals"`
	WithdrawalTrees []WithdrawalTree  `json:"withdrawalTrees"`
	Constants       map[string]string `json:"constants"`
}

// TxVector is one signed transaction as a wallet sends it. Valid vectors give
// what the L2 makes of it; invalid ones the error (section 5.1/5.3 wording).
type TxVector struct {
	Name              string         `json:"name"`
	Raw               hexutil.Bytes  `json:"raw"` // the signed envelope (eth_sendRawTransaction)
	Error             string         `json:"error,omitempty"`
	Kind              string         `json:"kind,omitempty"`
	Sender            common.Address `json:"sender,omitzero"`
	Hash              common.Hash    `json:"hash,omitzero"`
	Compact           hexutil.Bytes  `json:"compact,omitempty"` // section 7.1
	EffectiveGasPrice string         `json:"effectiveGasPrice,omitempty"`
	Fee               string         `json:"fee,omitempty"`
}

// TxDataVector is a block's tx data: either it decodes to Count transactions
// (whose hashes are listed) or it is malformed with Error.
type TxDataVector struct {
	Name   string        `json:"name"`
	Data   hexutil.Bytes `json:"data"`
	Error  string        `json:"error,omitempty"`
	Hashes []common.Hash `json:"hashes,omitempty"`
}

// HeaderVector is a header with its encoding and hash.
type HeaderVector struct {
	Name     string        `json:"name"`
	Header   Header        `json:"header"`
	Encoding hexutil.Bytes `json:"encoding"`
	Hash     common.Hash   `json:"hash"`
}

// Header is core.Header in JSON.
type Header struct {
	ParentHash      common.Hash    `json:"parentHash"`
	Number          uint64         `json:"number"`
	Timestamp       uint64         `json:"timestamp"`
	TxDataHash      common.Hash    `json:"txDataHash"`
	StateRoot       common.Hash    `json:"stateRoot"`
	WithdrawalsRoot common.Hash    `json:"withdrawalsRoot"`
	QueueCursor     uint64         `json:"queueCursor"`
	FeeRecipient    common.Address `json:"feeRecipient"`
}

// QueueVector is a queue item encoding: well formed (with its hash) or not.
type QueueVector struct {
	Name     string        `json:"name"`
	Item     *QueueItem    `json:"item,omitempty"`
	Encoding hexutil.Bytes `json:"encoding"`
	Hash     common.Hash   `json:"hash,omitzero"`
	Error    string        `json:"error,omitempty"`
}

// QueueItem is core.QueueItem in JSON.
type QueueItem struct {
	Kind   uint8          `json:"kind"`
	From   common.Address `json:"from"`
	To     common.Address `json:"to"`
	Token  common.Address `json:"token"`
	Amount string         `json:"amount"`
}

// WithdrawalLeaf is a withdrawal with its encoding and leaf.
type WithdrawalLeaf struct {
	Withdrawal Withdrawal    `json:"withdrawal"`
	Encoding   hexutil.Bytes `json:"encoding"`
	Leaf       common.Hash   `json:"leaf"`
}

// Withdrawal is core.Withdrawal in JSON.
type Withdrawal struct {
	Block     uint64         `json:"block"`
	Index     uint32         `json:"index"`
	Recipient common.Address `json:"recipient"`
	Token     common.Address `json:"token"`
	Amount    string         `json:"amount"`
}

// WithdrawalTree is a withdrawals tree: leaves, root and each leaf's proof.
type WithdrawalTree struct {
	Leaves []common.Hash   `json:"leaves"`
	Root   common.Hash     `json:"root"`
	Proofs [][]common.Hash `json:"proofs"`
}

// Proofs is proofs.json: a state tree and proofs against its root.
type Proofs struct {
	Spec    string        `json:"spec"`
	Entries []TreeEntry   `json:"entries"`
	Root    common.Hash   `json:"root"`
	Proofs  []ProofVector `json:"proofs"`
}

// TreeEntry is one key of the tree and its value hash.
type TreeEntry struct {
	Key       common.Hash `json:"key"`
	ValueHash common.Hash `json:"valueHash"`
}

// ProofVector is a proof for Key against Root. If Error is empty it verifies
// and shows ValueHash (zero: absent); otherwise decoding or verification
// fails with an error containing Error.
type ProofVector struct {
	Name      string        `json:"name"`
	Key       common.Hash   `json:"key"`
	Root      common.Hash   `json:"root"`
	Siblings  []common.Hash `json:"siblings,omitempty"`
	Leaf      *TreeEntry    `json:"leaf,omitempty"`
	Encoded   hexutil.Bytes `json:"encoded"`
	ValueHash common.Hash   `json:"valueHash"`
	Error     string        `json:"error,omitempty"`
}

// Blocks is blocks.json: state transitions of single blocks.
type Blocks struct {
	Spec    string        `json:"spec"`
	ChainID uint64        `json:"chainId"`
	BaseFee string        `json:"baseFee"`
	Blocks  []BlockVector `json:"blocks"`
}

// BlockVector is one block executed on a pre-state. Valid blocks give the
// expected header and what the block did; invalid ones the rule (Error, the
// spec's error text), where it failed (ErrorAt: "tx", "queue" or "block")
// and the index of the failing tx or queue item.
type BlockVector struct {
	Name         string         `json:"name"`
	PreAccounts  []AccountEntry `json:"preAccounts"`
	PreTokens    []TokenEntry   `json:"preTokens"`
	PreStateRoot common.Hash    `json:"preStateRoot"`
	Parent       Header         `json:"parent"`
	Timestamp    uint64         `json:"timestamp"`
	FeeRecipient common.Address `json:"feeRecipient"`
	Queue        []QueueItem    `json:"queue"`
	TxData       hexutil.Bytes  `json:"txData"`

	Error      string `json:"error,omitempty"`
	ErrorAt    string `json:"errorAt,omitempty"`
	ErrorIndex uint64 `json:"errorIndex,omitempty"`

	Header      *Header        `json:"header,omitempty"`
	BlockHash   common.Hash    `json:"blockHash,omitzero"`
	Withdrawals []Withdrawal   `json:"withdrawals,omitempty"`
	Fees        string         `json:"fees,omitempty"`
	PostAccount []AccountEntry `json:"postAccounts,omitempty"` // every account the block wrote
	PostTokens  []TokenEntry   `json:"postTokens,omitempty"`   // every token balance the block wrote
}

// AccountEntry is an account in a state.
type AccountEntry struct {
	Address common.Address `json:"address"`
	Nonce   uint64         `json:"nonce"`
	Balance string         `json:"balance"`
}

// TokenEntry is a token balance in a state.
type TokenEntry struct {
	Owner   common.Address `json:"owner"`
	Token   common.Address `json:"token"`
	Balance string         `json:"balance"`
}
