// SPDX-License-Identifier: MIT
pragma solidity 0.8.34;

import {StateTree} from "./StateTree.sol";

/// @title StateUpdate
/// @notice Writes one key of Viaduct's compact state tree (docs/spec.md
/// section 4) given a proof of the key against the current root: it checks
/// the proof with {StateTree.verify} and returns the root after the write,
/// keeping the tree in its canonical compact form (section 4.1). The fraud
/// proof (section 16) applies a block's writes one key at a time with it.
/// @dev A write that empties a leaf needs to know whether the leaf's sibling
/// is itself a single leaf (which then moves up) or an internal node; the
/// proof carries only the sibling's hash, so the caller passes the sibling's
/// preimage, which is checked against that hash.
library StateUpdate {
    /// @notice The proof shows a value other than the one the caller expects.
    error ValueMismatch(bytes32 key, bytes32 proven, bytes32 expected);
    /// @notice A deletion needs the sibling's preimage and none (or a wrong
    /// one) was given, or one was given where none is needed.
    error BadSibling(bytes32 key);

    /// @notice No sibling preimage.
    uint8 internal constant SIBLING_NONE = 0;
    /// @notice The sibling is a leaf: a = its key, b = its value hash.
    uint8 internal constant SIBLING_LEAF = 1;
    /// @notice The sibling is an internal node: a, b = its children's hashes.
    uint8 internal constant SIBLING_INTERNAL = 2;

    /// @notice A sibling preimage for a deletion.
    struct Sibling {
        uint8 kind;
        bytes32 a;
        bytes32 b;
    }

    /// @notice Checks that `proof` shows `key` holding `oldValue` under `root`
    /// and returns the root once `key` holds `newValue` (zero deletes).
    function update(
        bytes32 root,
        bytes32 key,
        bytes calldata proof,
        bytes32 oldValue,
        bytes32 newValue,
        Sibling memory sib
    ) internal pure returns (bytes32 newRoot) {
        // Everything this allocates is dropped on return: a fraud proof
        // makes hundreds of writes, and memory costs quadratically.
        uint256 fmp;
        assembly ("memory-safe") {
            fmp := mload(0x40)
        }
        newRoot = _update(root, key, proof, oldValue, newValue, sib);
        assembly ("memory-safe") {
            mstore(0x40, fmp)
        }
    }

    function _update(
        bytes32 root,
        bytes32 key,
        bytes calldata proof,
        bytes32 oldValue,
        bytes32 newValue,
        Sibling memory sib
    ) private pure returns (bytes32) {
        bytes32 proven = StateTree.verify(root, key, proof);
        if (proven != oldValue) revert ValueMismatch(key, proven, oldValue);
        if (newValue == oldValue) {
            if (sib.kind != SIBLING_NONE) revert BadSibling(key);
            return root;
        }
        Parsed memory pp = _parse(proof);
        (bytes32 h, uint256 level) = _bottom(key, proof, pp, newValue, sib);
        return _hashUp(key, proof, pp, h, level);
    }

    /// @dev Where a proof that {StateTree.verify} accepted keeps its parts:
    /// its depth, the offset of its terminal (the non-zero siblings end
    /// there) and the terminal leaf, if any.
    struct Parsed {
        uint256 depth;
        uint256 termPos;
        bool leaf;
        bytes32 lk;
        bytes32 lv;
    }

    /// @dev Hashes h, the node at depth `level` on key's path, up to the
    /// root with the proof's siblings above that depth. Assembly, like
    /// StateTree.verify's loop: it runs for every level of every write.
    function _hashUp(bytes32 key, bytes calldata proof, Parsed memory pp, bytes32 h, uint256 level)
        private
        pure
        returns (bytes32)
    {
        uint256 depth = pp.depth;
        uint256 termPos = pp.termPos;
        assembly ("memory-safe") {
            let bitmap := add(proof.offset, 2)
            let next := add(proof.offset, termPos)
            for { let i := depth } gt(i, 0) {} {
                i := sub(i, 1)
                let sibling := 0
                if and(byte(0, calldataload(add(bitmap, shr(3, i)))), shr(and(i, 7), 0x80)) {
                    next := sub(next, 32)
                    sibling := calldataload(next)
                }
                if lt(i, level) {
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
        }
        return h;
    }

    /// @dev Whether sibling i of the proof is non-zero (its bitmap bit).
    function _hasSibling(bytes calldata proof, uint256 i) private pure returns (bool) {
        return uint8(proof[2 + i / 8]) & (0x80 >> (i % 8)) != 0;
    }

    /// @dev The new node at the bottom of the key's path and its depth; the
    /// caller hashes it up with the proof's siblings.
    function _bottom(bytes32 key, bytes calldata proof, Parsed memory pp, bytes32 newValue, Sibling memory sib)
        private
        pure
        returns (bytes32 h, uint256 level)
    {
        uint256 d = pp.depth;
        level = d;
        if (!pp.leaf || pp.lk == key) {
            if (newValue != bytes32(0)) {
                // An empty slot or the key's own leaf: the new leaf takes its place.
                if (sib.kind != SIBLING_NONE) revert BadSibling(key);
                return (_leaf(key, newValue), d);
            }
            // Deleting the key's leaf (the old value is not zero, so the
            // terminal is that leaf).
            if (d == 0) {
                if (sib.kind != SIBLING_NONE) revert BadSibling(key);
                return (bytes32(0), 0);
            }
            // The deepest sibling is the last one stored, if it is not zero.
            bytes32 sh;
            if (_hasSibling(proof, d - 1)) sh = bytes32(proof[pp.termPos - 32:pp.termPos]);
            if (sib.kind == SIBLING_LEAF && _leaf(sib.a, sib.b) == sh) {
                // The parent now holds one key: that leaf moves up past
                // every level whose other side is empty.
                level = d - 1;
                while (level > 0 && !_hasSibling(proof, level - 1)) --level;
                return (sh, level);
            }
            if (sib.kind == SIBLING_INTERNAL && _node(sib.a, sib.b) == sh) {
                return (bytes32(0), d);
            }
            revert BadSibling(key);
        }
        // Another key's leaf sits where the new key goes: both move down to
        // the first bit where the keys differ.
        if (sib.kind != SIBLING_NONE) revert BadSibling(key);
        return (_split(key, newValue, pp.lk, pp.lv, d), d);
    }

    /// @dev The subtree at depth d once `key` joins the leaf (lk, lv) there:
    /// both leaves under the node at the first bit where the keys differ,
    /// with empty siblings from there up to depth d.
    function _split(bytes32 key, bytes32 value, bytes32 lk, bytes32 lv, uint256 d) private pure returns (bytes32 h) {
        uint256 p = d;
        uint256 x = uint256(key ^ lk);
        while ((x >> (255 - p)) & 1 == 0) ++p;
        bytes32 a = _leaf(key, value);
        bytes32 b = _leaf(lk, lv);
        h = _bit(key, p) == 0 ? _node(a, b) : _node(b, a);
        for (uint256 i = p; i > d; --i) {
            h = _bit(key, i - 1) == 0 ? _node(h, bytes32(0)) : _node(bytes32(0), h);
        }
    }

    /// @dev Locates the parts of a proof that {StateTree.verify} accepted.
    function _parse(bytes calldata proof) private pure returns (Parsed memory pp) {
        uint256 depth = (uint256(uint8(proof[0])) << 8) | uint256(uint8(proof[1]));
        uint256 bitmapEnd = 2 + (depth + 7) / 8;
        uint256 termPos;
        assembly ("memory-safe") {
            let count := 0
            let e := add(proof.offset, bitmapEnd)
            for { let p := add(proof.offset, 2) } lt(p, e) { p := add(p, 1) } {
                for { let b := byte(0, calldataload(p)) } b { b := and(b, sub(b, 1)) } {
                    count := add(count, 1)
                }
            }
            termPos := add(bitmapEnd, mul(32, count))
        }
        pp.depth = depth;
        pp.termPos = termPos;
        if (uint8(proof[termPos]) == 1) {
            pp.leaf = true;
            pp.lk = bytes32(proof[termPos + 1:termPos + 33]);
            pp.lv = bytes32(proof[termPos + 33:termPos + 65]);
        }
    }

    function _bit(bytes32 key, uint256 i) private pure returns (uint256) {
        return (uint256(key) >> (255 - i)) & 1;
    }

    /// @dev keccak256(0x01 ‖ key ‖ value), hashed past the free memory
    /// pointer without advancing it.
    function _leaf(bytes32 key, bytes32 value) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0x01)
            mstore(add(p, 1), key)
            mstore(add(p, 33), value)
            h := keccak256(p, 65)
        }
    }

    function _node(bytes32 left, bytes32 right) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, left)
            mstore(0x20, right)
            h := keccak256(0x00, 0x40)
        }
    }
}
