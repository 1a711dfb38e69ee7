package channel

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Messages between peers that are not channel states are EIP-712 typed data
// under the same domain as the states, so one signature scheme (and one
// verifier, Recover) covers everything a peer accepts. The contract never
// sees these types.
var (
	// AnnounceTypeHash: "the channel's counterparty can reach me at url",
	// signed by a party when it opens a channel or moves.
	AnnounceTypeHash = crypto.Keccak256Hash([]byte("Announce(bytes32 channelId,string url)"))
	// SyncTypeHash: a request for the counterparty's latest state, signed
	// by a party with a timestamp so it cannot be replayed for long.
	SyncTypeHash = crypto.Keccak256Hash([]byte("Sync(bytes32 channelId,uint64 time)"))
	// AuthTypeHash: "this connection is mine", signed by a party when it
	// opens a WebSocket connection to peer, with a time and a random nonce
	// so that it is accepted once and only for a minute.
	AuthTypeHash = crypto.Keccak256Hash([]byte("Auth(address peer,uint64 time,bytes32 nonce)"))
)

func typedDigest(d Domain, structHash common.Hash) common.Hash {
	sep := d.Separator()
	var buf [66]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:], sep[:])
	copy(buf[34:], structHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// AnnounceDigest is the EIP-712 digest of Announce(channelId, url).
func AnnounceDigest(d Domain, id common.Hash, url string) common.Hash {
	urlHash := crypto.Keccak256Hash([]byte(url))
	return typedDigest(d, crypto.Keccak256Hash(AnnounceTypeHash[:], id[:], urlHash[:]))
}

// SyncDigest is the EIP-712 digest of Sync(channelId, time).
func SyncDigest(d Domain, id common.Hash, time uint64) common.Hash {
	var t [32]byte
	binary.BigEndian.PutUint64(t[24:], time)
	return typedDigest(d, crypto.Keccak256Hash(SyncTypeHash[:], id[:], t[:]))
}

// AuthDigest is the EIP-712 digest of Auth(peer, time, nonce).
func AuthDigest(d Domain, peer common.Address, time uint64, nonce common.Hash) common.Hash {
	var p, t [32]byte
	copy(p[12:], peer[:])
	binary.BigEndian.PutUint64(t[24:], time)
	return typedDigest(d, crypto.Keccak256Hash(AuthTypeHash[:], p[:], t[:], nonce[:]))
}

// signDigest signs a digest in the r || s || v (v in {27, 28}) form.
func signDigest(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// verifyDigest checks that sig over digest is by signer.
func verifyDigest(digest common.Hash, sig []byte, signer common.Address) error {
	got, err := Recover(digest, sig)
	if err != nil {
		return err
	}
	if got != signer {
		return fmt.Errorf("%w: signed by %s, want %s", ErrWrongSigner, got, signer)
	}
	return nil
}
