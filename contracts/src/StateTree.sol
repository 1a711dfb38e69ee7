// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

/// @title StateTree
/// @notice Verifies proofs of Viaduct's compact sparse Merkle state tree
/// (docs/spec.md sections 4.2 to 4.4) against a state root, as the Go
/// package statetree produces them. It accepts only the canonical encoding,
/// exactly as statetree.Proof.UnmarshalBinary does, so one proof has one
/// meaning on both sides.
///
/// Encoding: depth (uint16) ‖ bitmap (ceil(depth/8) bytes, bit i set iff
/// sibling i is non-zero, padding bits zero) ‖ the non-zero siblings, 32
/// bytes each, root first ‖ terminal (1 byte: 0 empty, 1 leaf) ‖ for a leaf,
/// its key and value hash.
library StateTree {
    /// @notice The proof is not in the canonical encoding.
    error MalformedProof();
    /// @notice The proof is well formed but does not lead to the root, or its
    /// leaf is not on the key's path.
    error InvalidProof();

    uint256 internal constant MAX_DEPTH = 256;

    /// @notice Verifies `proof` for `key` against `root`.
    /// @return valueHash the key's value hash, or zero when the proof shows
    /// the key is absent. Reverts with MalformedProof or InvalidProof.
    function verify(bytes32 root, bytes32 key, bytes calldata proof) internal pure returns (bytes32 valueHash) {
        if (proof.length < 3) revert MalformedProof();
        uint256 depth = (uint256(uint8(proof[0])) << 8) | uint256(uint8(proof[1]));
        if (depth > MAX_DEPTH) revert MalformedProof();
        uint256 bitmapEnd = 2 + (depth + 7) / 8;
        if (proof.length <= bitmapEnd) revert MalformedProof();

        // Count the non-zero siblings and check the padding bits.
        uint256 termPos; // bitmapEnd + 32 × the number of non-zero siblings
        assembly ("memory-safe") {
            let count := 0
            let p := add(proof.offset, 2)
            let e := add(proof.offset, bitmapEnd)
            for {} lt(p, e) { p := add(p, 1) } {
                for { let b := byte(0, calldataload(p)) } b { b := and(b, sub(b, 1)) } {
                    count := add(count, 1)
                }
            }
            termPos := add(bitmapEnd, mul(32, count))
        }
        if (depth % 8 != 0) {
            uint256 last = uint8(proof[bitmapEnd - 1]);
            if (last & (0xff >> (depth % 8)) != 0) revert MalformedProof();
        }
        if (proof.length <= termPos) revert MalformedProof();

        bytes32 h;
        bool badLeaf;
        if (uint8(proof[termPos]) == 1) {
            if (proof.length != termPos + 65) revert MalformedProof();
            bytes32 leafKey = bytes32(proof[termPos + 1:termPos + 33]);
            bytes32 leafValue = bytes32(proof[termPos + 33:termPos + 65]);
            // The leaf must hold a value and sit on the key's path (the first
            // depth bits agree). Checked after decoding, as Go does.
            badLeaf = leafValue == bytes32(0) || (depth != 0 && (uint256(leafKey ^ key) >> (256 - depth)) != 0);
            h = keccak256(abi.encodePacked(bytes1(0x01), leafKey, leafValue));
            if (leafKey == key) valueHash = leafValue;
        } else if (uint8(proof[termPos]) == 0) {
            if (proof.length != termPos + 1) revert MalformedProof();
        } else {
            revert MalformedProof();
        }

        // Hash up from the terminal; siblings are stored root first, so the
        // deepest non-zero sibling is the last one. Assembly, because this
        // loop runs for every level of every state access of a fraud proof:
        // it costs about 100 gas per level instead of about 1,000.
        bool zeroSibling;
        assembly ("memory-safe") {
            let bitmap := add(proof.offset, 2)
            let next := add(proof.offset, termPos)
            for { let i := depth } gt(i, 0) {} {
                i := sub(i, 1)
                let sibling := 0
                if and(byte(0, calldataload(add(bitmap, shr(3, i)))), shr(and(i, 7), 0x80)) {
                    next := sub(next, 32)
                    sibling := calldataload(next)
                    if iszero(sibling) { zeroSibling := 1 }
                }
                switch and(shr(sub(255, i), key), 1)
                case 0 {
                    mstore(0x00, h)
                    mstore(0x20, sibling)
                }
                default {
                    mstore(0x00, sibling)
                    mstore(0x20, h)
                }
                h := keccak256(0x00, 0x40)
            }
        }
        // A set bit must name a non-zero sibling (canonical encoding).
        if (zeroSibling) revert MalformedProof();
        if (badLeaf || h != root) revert InvalidProof();
    }
}
